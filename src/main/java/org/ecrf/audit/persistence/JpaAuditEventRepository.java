package org.ecrf.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.ecrf.audit.domain.AuditChainHead;
import org.ecrf.audit.domain.AuditEvent;
import org.ecrf.audit.domain.AuditEventRepository;
import org.ecrf.audit.domain.AuditEventRow;
import org.ecrf.audit.domain.AuditQuery;
import org.ecrf.audit.domain.SubjectScope;

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
  public void append(List<AuditEvent> events) {
    for (AuditEvent event : events) {
      em.persist(event);
      em.flush(); // one at a time: the provider would not keep the order of several new rows
    }
  }

  @Override
  public void flush() {
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

  @Override
  public List<AuditEvent> find(AuditQuery query, SubjectScope subjects) {
    AuditSearchJpql jpql = AuditSearchJpql.of(query, subjects);
    TypedQuery<AuditEvent> select = em.createQuery(jpql.select(), AuditEvent.class);
    jpql.parameters().forEach(select::setParameter);
    return select
        .setFirstResult(query.offset())
        .setMaxResults(query.limit())
        .setHint(READ_ONLY, "true")
        .getResultList();
  }

  @Override
  public long count(AuditQuery query, SubjectScope subjects) {
    AuditSearchJpql jpql = AuditSearchJpql.of(query, subjects);
    TypedQuery<Long> count = em.createQuery(jpql.count(), Long.class);
    jpql.parameters().forEach(count::setParameter);
    return count.getSingleResult();
  }
}
