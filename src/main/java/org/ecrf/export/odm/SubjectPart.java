package org.ecrf.export.odm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.clinical.AnnotationData;
import org.ecrf.crf.odm.clinical.AuditRecordData;
import org.ecrf.crf.odm.clinical.FormDataHeader;
import org.ecrf.crf.odm.clinical.FormSnapshot;
import org.ecrf.crf.odm.clinical.ItemData;
import org.ecrf.crf.odm.clinical.ItemGroupData;
import org.ecrf.crf.odm.clinical.Provenance;
import org.ecrf.crf.odm.clinical.SignatureData;
import org.ecrf.crf.odm.clinical.SourcePosition;
import org.ecrf.export.odm.OdmReconciliation.Count;
import org.ecrf.export.odm.OdmReconciliation.LeftOut;
import org.ecrf.export.odm.QueryAnnotations.Level;

/**
 * The forms and queries of one subject in one MetaDataVersion's ClinicalData, as {@link
 * SubjectDataMapper} writes them: decides what is left out (dates, blinding), where each query
 * sits, and counts. One per subject and version.
 */
final class SubjectPart {

  private final SubjectRecord subject;
  private final StudyDefinition definition;
  private final Predicate<String> hidden;
  private final OdmReconciliation counts;
  private final Map<ItemKey, ItemChange> lastChanges = new LinkedHashMap<>();
  private final Set<Long> placed = new HashSet<>();
  private final SubjectDataMapper mapper;

  SubjectPart(
      SubjectRecord subject,
      StudyDefinition definition,
      Predicate<String> hidden,
      OdmReconciliation counts,
      SubjectDataMapper mapper) {
    this.subject = subject;
    this.definition = definition;
    this.hidden = hidden;
    this.counts = counts;
    this.mapper = mapper;
    subject.lastChanges().forEach(change -> lastChanges.put(change.key(), change));
  }

  /** The queries that may be written: those of visits in range and of items not blinded. */
  List<QueryRecord> writable(List<QueryRecord> queries) {
    List<QueryRecord> writable = new ArrayList<>();
    for (QueryRecord query : queries) {
      counts.read(Count.QUERIES, 1);
      if (!mapper.covers(subject, query.eventOid(), query.eventRepeat())) {
        counts.leftOut(Count.QUERIES, LeftOut.OUTSIDE_DATES, 1);
      } else if (query.item().filter(item -> hidden.test(item.itemOid())).isPresent()) {
        counts.leftOut(Count.QUERIES, LeftOut.BLINDED, 1);
      } else {
        writable.add(query);
      }
    }
    return writable;
  }

  /** The form as written, or empty when its visit is outside the date range. */
  Optional<FormSnapshot> form(FormRecord form, List<QueryRecord> writable) {
    long values = form.valueCount();
    List<SignatureRecord> signatures =
        subject.signatures().stream()
            .filter(s -> form.is(s.eventOid(), s.eventRepeat(), s.formOid()))
            .sorted(Comparator.comparing(SignatureRecord::signedAt))
            .toList();
    counts.read(Count.FORMS, 1);
    counts.read(Count.ITEM_VALUES, values);
    counts.read(Count.SIGNATURES, signatures.size());
    if (!mapper.covers(subject, form.visit().eventOid(), form.visit().repeatKey())) {
      counts.leftOut(Count.FORMS, LeftOut.OUTSIDE_DATES, 1);
      counts.leftOut(Count.ITEM_VALUES, LeftOut.OUTSIDE_DATES, values);
      counts.leftOut(Count.SIGNATURES, LeftOut.OUTSIDE_DATES, signatures.size());
      return Optional.empty();
    }
    List<QueryRecord> aboutForm = SubjectDataMapper.about(writable, form);
    List<ItemGroupData> groups = groups(form, aboutForm);
    List<QueryRecord> onForm = aboutForm.stream().filter(q -> !placed.contains(q.id())).toList();
    onForm.forEach(this::place);
    Provenance provenance =
        Provenance.NONE.withAnnotations(QueryAnnotations.of(onForm, Level.FORM));
    if (!signatures.isEmpty()) {
      provenance = provenance.withSignature(signature(signatures.get(signatures.size() - 1)));
      counts.written(Count.SIGNATURES, 1);
    }
    counts.written(Count.FORMS, 1);
    return Optional.of(
        new FormSnapshot(
            new FormDataHeader(
                form.formOid(), "1", Optional.empty(), provenance, SourcePosition.NONE),
            groups));
  }

  private List<ItemGroupData> groups(FormRecord form, List<QueryRecord> aboutForm) {
    List<String> groupOrder =
        definition
            .form(form.formOid())
            .map(f -> f.itemGroupRefs().stream().map(ref -> ref.itemGroupOid()).toList())
            .orElse(List.of());
    List<ItemGroupData> groups = new ArrayList<>();
    form.groups().stream()
        .sorted(
            SubjectDataMapper.byOrder(groupOrder, FormRecord.GroupRecord::itemGroupOid)
                .thenComparingInt(FormRecord.GroupRecord::repeatKey))
        .forEach(group -> group(form, group, aboutForm).ifPresent(groups::add));
    return groups;
  }

  private Optional<ItemGroupData> group(
      FormRecord form, FormRecord.GroupRecord group, List<QueryRecord> aboutForm) {
    List<String> itemOrder =
        definition
            .itemGroup(group.itemGroupOid())
            .map(g -> g.itemRefs().stream().map(ref -> ref.itemOid()).toList())
            .orElse(List.of());
    List<ItemData> items = new ArrayList<>();
    group.values().stream()
        .sorted(SubjectDataMapper.byOrder(itemOrder, FormRecord.ValueRecord::itemOid))
        .forEach(
            value -> {
              if (hidden.test(value.itemOid())) {
                counts.leftOut(Count.ITEM_VALUES, LeftOut.BLINDED, 1);
              } else {
                ItemKey key =
                    new ItemKey(
                        form.visit().eventOid(),
                        form.visit().repeatKey(),
                        form.formOid(),
                        group.itemGroupOid(),
                        group.repeatKey(),
                        value.itemOid());
                items.add(item(key, value, aboutForm));
              }
            });
    if (items.isEmpty() && !group.values().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ItemGroupData.of(group.itemGroupOid(), Integer.toString(group.repeatKey()), items));
  }

  private ItemData item(ItemKey key, FormRecord.ValueRecord value, List<QueryRecord> aboutForm) {
    List<QueryRecord> onItem =
        aboutForm.stream().filter(q -> q.item().filter(key::equals).isPresent()).toList();
    onItem.forEach(this::place);
    Optional<AuditRecordData> audit =
        Optional.ofNullable(lastChanges.get(key))
            .map(change -> AuditRecords.of(change, subject.siteCode()));
    counts.written(Count.ITEM_VALUES, 1);
    counts.read(Count.AUDIT_RECORDS, 1);
    audit.ifPresent(a -> counts.written(Count.AUDIT_RECORDS, 1));
    List<AnnotationData> annotations = QueryAnnotations.of(onItem, Level.ITEM);
    ItemData item =
        ItemData.of(key.itemOid(), value.value())
            .withProvenance(new Provenance(audit, Optional.empty(), annotations));
    return value.unitOid().map(item::withUnit).orElse(item);
  }

  /** The writable queries no form took, by visit (a visit not stored has no date). */
  Map<VisitRecord, List<QueryRecord>> visitQueries(List<QueryRecord> writable) {
    Map<VisitRecord, List<QueryRecord>> byVisit = new LinkedHashMap<>();
    for (QueryRecord query : writable) {
      if (placed.contains(query.id())) {
        continue;
      }
      VisitRecord visit =
          subject.visits().stream()
              .filter(v -> v.is(query.eventOid(), query.eventRepeat()))
              .findFirst()
              .orElse(new VisitRecord(query.eventOid(), query.eventRepeat(), Optional.empty()));
      byVisit.computeIfAbsent(visit, v -> new ArrayList<>()).add(query);
      place(query);
    }
    return byVisit;
  }

  private void place(QueryRecord query) {
    if (placed.add(query.id())) {
      counts.written(Count.QUERIES, 1);
    }
  }

  private SignatureData signature(SignatureRecord signature) {
    return new SignatureData(
        OdmOids.user(signature.signedBy()),
        OdmOids.location(subject.siteCode()),
        signatureDefOid(signature.meaning()),
        signature.signedAt());
  }

  private String signatureDefOid(String meaning) {
    return mapper.signatureDefOid(meaning);
  }
}
