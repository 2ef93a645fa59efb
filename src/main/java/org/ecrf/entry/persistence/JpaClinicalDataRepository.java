package org.ecrf.entry.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.ItemData;
import org.ecrf.entry.domain.StudyEventData;
import org.ecrf.subject.domain.Subject;

@ApplicationScoped
public class JpaClinicalDataRepository implements ClinicalDataRepository {

  /**
   * EclipseLink's batch fetching: the groups of all loaded forms, then all their items, one query
   * each.
   */
  private static final String BATCH = "eclipselink.batch";

  private static final String BATCH_TYPE = "eclipselink.batch.type";

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<StudyEventData> event(Subject subject, String eventOid, int repeatKey) {
    return em.createNamedQuery("StudyEventData.one", StudyEventData.class)
        .setParameter("subject", subject)
        .setParameter("event", eventOid)
        .setParameter("repeat", repeatKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<StudyEventData> eventsOf(Subject subject) {
    return em.createNamedQuery("StudyEventData.ofSubject", StudyEventData.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  @Override
  public Optional<FormData> form(StudyEventData event, String formOid, int repeatKey) {
    return em.createNamedQuery("FormData.one", FormData.class)
        .setParameter("event", event)
        .setParameter("form", formOid)
        .setParameter("repeat", repeatKey)
        .setHint(BATCH, "f.groups.items")
        .setHint(BATCH_TYPE, "IN")
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<FormData> formsOf(Subject subject) {
    return em.createNamedQuery("FormData.ofSubject", FormData.class)
        .setParameter("subject", subject)
        .setHint(BATCH, "f.groups.items")
        .setHint(BATCH_TYPE, "IN")
        .getResultList();
  }

  @Override
  public List<ItemData> itemValues(Subject subject, String formOid, Collection<String> itemOids) {
    return em.createQuery(
            "SELECT i FROM ItemData i JOIN i.group g JOIN g.form f JOIN f.event e"
                + " WHERE e.subject = :subject AND f.formOid = :form AND i.itemOid IN :items"
                + " AND g.removed = false",
            ItemData.class)
        // EclipseLink ignores JPQL fetch joins beyond the first level: each item's form was then
        // read on its own. Its hints fetch the whole path in the one query.
        .setHint("eclipselink.join-fetch", "i.group.form.event")
        .setParameter("subject", subject)
        .setParameter("form", formOid)
        .setParameter("items", itemOids)
        .getResultList();
  }

  @Override
  public void add(StudyEventData event) {
    em.persist(event);
  }

  @Override
  public void add(FormData form) {
    em.persist(form);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
