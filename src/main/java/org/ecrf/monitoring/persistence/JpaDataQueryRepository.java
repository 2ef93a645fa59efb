package org.ecrf.monitoring.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ecrf.monitoring.domain.DataQuery;
import org.ecrf.monitoring.domain.DataQueryRepository;
import org.ecrf.subject.domain.Subject;

@ApplicationScoped
public class JpaDataQueryRepository implements DataQueryRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<DataQuery> byId(long id) {
    return Optional.ofNullable(em.find(DataQuery.class, id));
  }

  @Override
  public List<DataQuery> ofSubject(Subject subject) {
    return em.createNamedQuery("DataQuery.ofSubject", DataQuery.class)
        .setParameter("subject", subject)
        .setHint("eclipselink.batch", "q.messages")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  @Override
  public List<DataQuery> ofSubjects(Collection<Subject> subjects) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("DataQuery.ofSubjects", DataQuery.class)
        .setParameter("subjects", List.copyOf(subjects))
        .setHint("eclipselink.batch", "q.messages")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  @Override
  public List<DataQuery> automaticOnVisits(Subject subject) {
    return em.createNamedQuery("DataQuery.automaticOnVisits", DataQuery.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  @Override
  public List<DataQuery> unresolvedOfForm(
      Subject subject, String eventOid, int eventRepeat, String formOid) {
    return em.createNamedQuery("DataQuery.unresolvedOfForm", DataQuery.class)
        .setParameter("subject", subject)
        .setParameter("event", eventOid)
        .setParameter("repeat", eventRepeat)
        .setParameter("form", formOid)
        .getResultList();
  }

  @Override
  public void add(DataQuery query) {
    em.persist(query);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
