package org.ecrf.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEvent;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.StudyEventData;
import org.ecrf.export.odm.FormRecord;
import org.ecrf.export.odm.ItemChange;
import org.ecrf.export.odm.ItemKey;
import org.ecrf.export.odm.QueryRecord;
import org.ecrf.export.odm.SignatureRecord;
import org.ecrf.export.odm.SubjectRecord;
import org.ecrf.export.odm.VisitRecord;
import org.ecrf.monitoring.domain.DataQuery;
import org.ecrf.monitoring.domain.QueryOrigin;
import org.ecrf.monitoring.domain.QueryTarget;
import org.ecrf.subject.domain.Subject;

/**
 * Reads one subject of the study's ODM export in a fixed number of queries whatever its data
 * (subject, visits, forms with item groups and values batch-fetched, the last change of each item
 * value, valid signatures, queries with their messages batch-fetched), in a transaction of its own
 * whose persistence context ends with the subject: an export holds one subject at a time. Entities
 * are read into that context (not read-only) so that the references between them (form to visit to
 * subject, query to subject) resolve there without further queries. The reads are JPQL over the
 * entities of entry, audit and monitoring, which have no repository method for them.
 */
@ApplicationScoped
public class OdmStudyReader {

  private static final String BATCH = "eclipselink.batch";
  private static final String BATCH_TYPE = "eclipselink.batch.type";
  private static final String READ_ONLY = "eclipselink.read-only";

  /** The audit events that give an item its current value. */
  static final List<AuditEventType> VALUE_CHANGES =
      List.of(AuditEventType.ITEM_VALUE_ENTERED, AuditEventType.ITEM_VALUE_CHANGED);

  @PersistenceContext private EntityManager em;

  /** The ids of the subjects in scope (study and site), by subject key. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> subjectIds(ExportScope scope) {
    return OdmScopeJpql.scoped(
            em.createQuery(
                "SELECT s.id FROM Subject s WHERE s.studyOid = :study"
                    + OdmScopeJpql.siteOf("s", scope)
                    + " ORDER BY s.subjectKey",
                Long.class),
            scope)
        .getResultList();
  }

  /** One subject's data, mapped to plain records before its persistence context ends. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public SubjectRecord subject(long id) {
    Subject subject = em.find(Subject.class, id);
    List<VisitRecord> visits =
        em
            .createQuery(
                "SELECT e FROM StudyEventData e WHERE e.subject = :subject ORDER BY e.id",
                StudyEventData.class)
            .setParameter("subject", subject)
            .getResultList()
            .stream()
            .map(OdmStudyReader::visit)
            .toList();
    return new SubjectRecord(
        subject.subjectKey(),
        subject.site().code(),
        subject.armCode(),
        visits,
        forms(subject),
        lastChanges(subject),
        signatures(subject),
        queries(subject));
  }

  private List<FormRecord> forms(Subject subject) {
    List<FormRecord> forms = new ArrayList<>();
    for (FormData form :
        em.createQuery(
                "SELECT f FROM FormData f JOIN FETCH f.event e WHERE e.subject = :subject"
                    + " ORDER BY f.id",
                FormData.class)
            .setParameter("subject", subject)
            .setHint(BATCH, "f.groups.items")
            .setHint(BATCH_TYPE, "IN")
            .getResultList()) {
      List<FormRecord.GroupRecord> groups =
          form.groups().stream()
              .filter(group -> !group.removed())
              .map(
                  group ->
                      new FormRecord.GroupRecord(
                          group.itemGroupOid(),
                          group.repeatKey(),
                          group.items().stream()
                              .map(
                                  item ->
                                      new FormRecord.ValueRecord(
                                          item.itemOid(), item.valueText(), item.unitOid()))
                              .toList()))
              .toList();
      forms.add(
          new FormRecord(visit(form.event()), form.formOid(), form.metaDataVersion(), groups));
    }
    return forms;
  }

  /** The last ITEM_VALUE_ENTERED or ITEM_VALUE_CHANGED event of each item value. */
  private List<ItemChange> lastChanges(Subject subject) {
    TypedQuery<AuditEvent> last =
        em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.id IN (SELECT MAX(x.id) FROM AuditEvent x"
                + " WHERE x.studyOid = :study AND x.subjectKey = :key AND x.type IN :types"
                + " AND x.itemOid IS NOT NULL GROUP BY x.eventOid, x.eventRepeat, x.formOid,"
                + " x.itemGroupOid, x.itemGroupRepeat, x.itemOid)",
            AuditEvent.class);
    return last
        .setParameter("study", subject.studyOid())
        .setParameter("key", subject.subjectKey())
        .setParameter("types", VALUE_CHANGES)
        .setHint(READ_ONLY, "true")
        .getResultList()
        .stream()
        .map(OdmStudyReader::change)
        .toList();
  }

  private static ItemChange change(AuditEvent event) {
    AuditEntry entry = event.entry();
    ItemPath path = event.path();
    return new ItemChange(
        new ItemKey(
            path.eventOid(),
            path.eventRepeat(),
            path.formOid(),
            path.itemGroupOid(),
            path.itemGroupRepeat(),
            path.itemOid()),
        event.id(),
        entry.actor(),
        Optional.ofNullable(entry.actorRole()),
        Optional.ofNullable(entry.siteCode()),
        event.occurredAt(),
        Optional.ofNullable(entry.reason()));
  }

  /** The valid signatures; FormSignature has no accessor for its form, so the query projects. */
  private List<SignatureRecord> signatures(Subject subject) {
    return em
        .createQuery(
            "SELECT s.form.event.eventOid, s.form.event.repeatKey, s.form.formOid, s.signedBy,"
                + " s.meaning, s.signedAt FROM FormSignature s"
                + " WHERE s.form.event.subject = :subject AND s.voidedAt IS NULL ORDER BY s.id",
            Object[].class)
        .setParameter("subject", subject)
        .getResultList()
        .stream()
        .map(
            row ->
                new SignatureRecord(
                    (String) row[0],
                    (Integer) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (Instant) row[5]))
        .toList();
  }

  private List<QueryRecord> queries(Subject subject) {
    return em
        .createQuery(
            "SELECT q FROM DataQuery q WHERE q.subject = :subject ORDER BY q.id", DataQuery.class)
        .setParameter("subject", subject)
        .setHint(BATCH, "q.messages")
        .setHint(BATCH_TYPE, "IN")
        .getResultList()
        .stream()
        .map(OdmStudyReader::query)
        .toList();
  }

  private static QueryRecord query(DataQuery query) {
    QueryTarget target = query.target();
    Optional<ItemKey> item =
        target
            .item()
            .map(
                itemOid ->
                    new ItemKey(
                        target.eventOid(),
                        target.eventRepeat(),
                        target.formOid(),
                        target.itemGroupOid(),
                        target.itemGroupRepeat(),
                        itemOid));
    return new QueryRecord(
        query.id(),
        target.eventOid(),
        target.eventRepeat(),
        target.form(),
        item,
        query.status().name(),
        query.origin() == QueryOrigin.AUTOMATIC,
        query.messages().stream()
            .map(
                m ->
                    new QueryRecord.Message(
                        m.writtenAt(),
                        m.author(),
                        Optional.ofNullable(m.authorRole()),
                        m.text(),
                        m.statusAfter().name()))
            .toList());
  }

  private static VisitRecord visit(StudyEventData event) {
    return new VisitRecord(event.eventOid(), event.repeatKey(), event.visitDate());
  }
}
