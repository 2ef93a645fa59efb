package org.ecrf.monitoring.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ecrf.entry.domain.FormData;
import org.ecrf.monitoring.domain.SdvMark;
import org.ecrf.monitoring.domain.SdvMarkRepository;
import org.ecrf.subject.domain.Subject;

@ApplicationScoped
public class JpaSdvMarkRepository implements SdvMarkRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<SdvMark> marksOf(FormData form) {
    return em.createNamedQuery("SdvMark.ofForm", SdvMark.class)
        .setParameter("form", form)
        .getResultList();
  }

  @Override
  public List<SdvMark> marksOfSubject(Subject subject) {
    return em.createNamedQuery("SdvMark.ofSubject", SdvMark.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  @Override
  public void add(SdvMark mark) {
    em.persist(mark);
  }

  @Override
  public void remove(SdvMark mark) {
    em.remove(mark);
  }

  @Override
  public void guardAgainstConcurrentSaves(FormData form) {
    em.lock(form, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }
}
