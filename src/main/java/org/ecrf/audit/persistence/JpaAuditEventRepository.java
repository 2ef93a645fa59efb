package org.ecrf.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ecrf.audit.domain.AuditChainHead;
import org.ecrf.audit.domain.AuditEvent;
import org.ecrf.audit.domain.AuditEventRepository;
import org.ecrf.audit.domain.AuditEventRow;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

  /**
   * EclipseLink's hint: the results are not registered in the persistence context (no growth over
   * long reads).
   */
  private static final String READ_ONLY = "eclipselink.read-only";

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
  public List<AuditEventRow> rowsAfter(long id, int limit) {
    return em
        .createNamedQuery("AuditEvent.after", AuditEvent.class)
        .setParameter("id", id)
        .setMaxResults(limit)
        .setHint(READ_ONLY, "true")
        .getResultList()
        .stream()
        .map(AuditEvent::row)
        .toList();
  }

  @Override
  public AuditChainHead chainHead() {
    return em.find(AuditChainHead.class, AuditChainHead.ID);
  }

  @Override
  public List<AuditEvent> byTarget(String target) {
    return em.createNamedQuery("AuditEvent.byTarget", AuditEvent.class)
        .setParameter("target", target)
        .getResultList();
  }
}
