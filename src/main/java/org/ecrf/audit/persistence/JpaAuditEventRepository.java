package org.ecrf.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ecrf.audit.domain.AuditChainHead;
import org.ecrf.audit.domain.AuditEvent;
import org.ecrf.audit.domain.AuditEventRepository;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public AuditChainHead lockChainHead() {
    return em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public void append(AuditEvent event) {
    em.persist(event);
    em.flush();
  }

  @Override
  public List<AuditEvent> byTarget(String target) {
    return em.createNamedQuery("AuditEvent.byTarget", AuditEvent.class)
        .setParameter("target", target)
        .getResultList();
  }
}
