package org.ecrf.export.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ecrf.export.domain.ExportJob;
import org.ecrf.export.domain.ExportJobRepository;

@ApplicationScoped
public class JpaExportJobRepository implements ExportJobRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(ExportJob job) {
    em.persist(job);
    em.flush();
  }

  @Override
  public Optional<ExportJob> byId(long id) {
    return Optional.ofNullable(em.find(ExportJob.class, id));
  }

  @Override
  public List<ExportJob> recentOf(String studyOid, int limit) {
    return em.createNamedQuery("ExportJob.recentOf", ExportJob.class)
        .setParameter("study", studyOid)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<ExportJob> unfinished() {
    return em.createNamedQuery("ExportJob.unfinished", ExportJob.class).getResultList();
  }
}
