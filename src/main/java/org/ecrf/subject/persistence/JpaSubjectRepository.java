package org.ecrf.subject.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ecrf.subject.domain.Subject;
import org.ecrf.subject.domain.SubjectRepository;

@ApplicationScoped
public class JpaSubjectRepository implements SubjectRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Subject> byKey(String studyOid, String subjectKey) {
    return em.createNamedQuery("Subject.byKey", Subject.class)
        .setParameter("study", studyOid)
        .setParameter("key", subjectKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Subject> byKeyForUpdate(String studyOid, String subjectKey) {
    return em.createNamedQuery("Subject.byKey", Subject.class)
        .setParameter("study", studyOid)
        .setParameter("key", subjectKey)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Subject> atSites(String studyOid, Collection<String> siteCodes) {
    if (siteCodes.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Subject.atSites", Subject.class)
        .setParameter("study", studyOid)
        .setParameter("sites", siteCodes)
        .getResultList();
  }

  /**
   * MariaDB's sequence idiom: the upsert locks the counter row, LAST_INSERT_ID(expr) hands back its
   * new value.
   */
  @Override
  public int nextSequence(String studyOid, long siteId) {
    em.createNativeQuery(
            "INSERT INTO subject_key_counter (study_oid, site_id, last_value) VALUES (?, ?, LAST_INSERT_ID(1))"
                + " ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)")
        .setParameter(1, studyOid)
        .setParameter(2, siteId)
        .executeUpdate();
    Number next = (Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult();
    return next.intValue();
  }

  @Override
  public void add(Subject subject) {
    em.persist(subject);
  }
}
