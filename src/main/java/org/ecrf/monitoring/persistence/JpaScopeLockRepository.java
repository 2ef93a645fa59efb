package org.ecrf.monitoring.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ecrf.monitoring.domain.ScopeLock;
import org.ecrf.monitoring.domain.ScopeLockRepository;

@ApplicationScoped
public class JpaScopeLockRepository implements ScopeLockRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<ScopeLock> active(String studyOid) {
    return em.createNamedQuery("ScopeLock.active", ScopeLock.class)
        .setParameter("study", studyOid)
        .getResultList();
  }

  @Override
  public List<ScopeLock> activeForSave(String studyOid) {
    em.createNativeQuery(
            "SELECT id FROM scope_lock WHERE study_oid = ? AND ended_at IS NULL"
                + " LOCK IN SHARE MODE")
        .setParameter(1, studyOid)
        .getResultList();
    return active(studyOid);
  }

  @Override
  public void add(ScopeLock lock) {
    em.persist(lock);
  }
}
