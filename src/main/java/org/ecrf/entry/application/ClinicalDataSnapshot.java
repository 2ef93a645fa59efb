package org.ecrf.entry.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.clinical.ClinicalDataHeader;
import org.ecrf.crf.odm.clinical.FormDataHeader;
import org.ecrf.crf.odm.clinical.FormSnapshot;
import org.ecrf.crf.odm.clinical.ItemGroupData;
import org.ecrf.crf.odm.clinical.Provenance;
import org.ecrf.crf.odm.clinical.SourcePosition;
import org.ecrf.crf.odm.clinical.StudyEventDataHeader;
import org.ecrf.crf.odm.clinical.StudyEventSnapshot;
import org.ecrf.crf.odm.clinical.SubjectDataHeader;
import org.ecrf.crf.odm.clinical.SubjectSnapshot;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.ItemData;
import org.ecrf.entry.domain.StudyEventData;

/**
 * A subject's stored clinical data as ODM 1.3.2 Snapshot records: one ClinicalData part per
 * MetaDataVersion the forms were entered under, study events in protocol order, forms, item groups
 * and items in the order of their definition (anything the definition does not know last, by OID),
 * values exactly as stored with their units. Rows removed are left out (the audit trail keeps
 * them), and so are items the caller's roles are blinded to; a row whose every value is blinded is
 * left out too, so that its existence tells nothing. Visit dates are not written: ODM 1.3.2 has no
 * place for them on StudyEventData.
 */
public final class ClinicalDataSnapshot {

  /**
   * One ClinicalData element of the export.
   *
   * @param header the study and MetaDataVersion
   * @param subject the subject with the study events and forms entered under that version
   */
  public record Part(ClinicalDataHeader header, SubjectSnapshot subject) {}

  private final String subjectKey;
  private final Function<String, Optional<StudyDefinition>> definitions;
  private final BiPredicate<StudyDefinition, String> visibleItem;

  /**
   * @param subjectKey the subject
   * @param definitions the study's definition by MetaDataVersion OID
   * @param visibleItem whether the caller may see an item (blinding) under a definition
   */
  public ClinicalDataSnapshot(
      String subjectKey,
      Function<String, Optional<StudyDefinition>> definitions,
      BiPredicate<StudyDefinition, String> visibleItem) {
    this.subjectKey = subjectKey;
    this.definitions = definitions;
    this.visibleItem = visibleItem;
  }

  /**
   * The subject's forms as ClinicalData parts, in the order of their MetaDataVersions' OIDs; a
   * subject without forms gives one part (of {@code currentVersion}) with the subject alone.
   */
  public List<Part> parts(String studyOid, String currentVersion, List<FormData> forms) {
    if (forms.isEmpty()) {
      return List.of(
          new Part(
              new ClinicalDataHeader(studyOid, currentVersion),
              new SubjectSnapshot(subjectHeader(), List.of())));
    }
    Map<String, List<FormData>> byVersion = new LinkedHashMap<>();
    forms.stream()
        .sorted(Comparator.comparing(FormData::metaDataVersion))
        .forEach(
            form ->
                byVersion
                    .computeIfAbsent(form.metaDataVersion(), v -> new ArrayList<>())
                    .add(form));
    List<Part> parts = new ArrayList<>();
    byVersion.forEach(
        (version, ofVersion) ->
            parts.add(
                new Part(
                    new ClinicalDataHeader(studyOid, version),
                    new SubjectSnapshot(
                        subjectHeader(), events(definitions.apply(version), ofVersion)))));
    return parts;
  }

  /** The SubjectData: its key only (the site is not written: AdminData is not exported). */
  private SubjectDataHeader subjectHeader() {
    return new SubjectDataHeader(
        subjectKey,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Provenance.NONE,
        SourcePosition.NONE);
  }

  private List<StudyEventSnapshot> events(
      Optional<StudyDefinition> definition, List<FormData> forms) {
    List<String> eventOrder =
        definition.map(d -> d.events().stream().map(e -> e.oid()).toList()).orElse(List.of());
    Map<StudyEventData, List<FormData>> byEvent = new LinkedHashMap<>();
    forms.forEach(form -> byEvent.computeIfAbsent(form.event(), e -> new ArrayList<>()).add(form));
    return byEvent.entrySet().stream()
        .sorted(
            Comparator.comparingInt(
                    (Map.Entry<StudyEventData, List<FormData>> e) ->
                        position(eventOrder, e.getKey().eventOid()))
                .thenComparing(e -> e.getKey().eventOid())
                .thenComparingInt(e -> e.getKey().repeatKey()))
        .map(e -> event(definition, e.getKey(), e.getValue()))
        .toList();
  }

  private StudyEventSnapshot event(
      Optional<StudyDefinition> definition, StudyEventData event, List<FormData> forms) {
    List<String> formOrder =
        definition
            .flatMap(d -> d.event(event.eventOid()))
            .map(e -> e.formRefs().stream().map(ref -> ref.formOid()).toList())
            .orElse(List.of());
    List<FormSnapshot> written =
        forms.stream()
            .sorted(byOrder(formOrder, FormData::formOid))
            .map(form -> form(definition, form))
            .toList();
    return new StudyEventSnapshot(
        StudyEventDataHeader.of(event.eventOid(), Integer.toString(event.repeatKey())), written);
  }

  private FormSnapshot form(Optional<StudyDefinition> definition, FormData form) {
    List<String> groupOrder =
        definition
            .flatMap(d -> d.form(form.formOid()))
            .map(f -> f.itemGroupRefs().stream().map(ref -> ref.itemGroupOid()).toList())
            .orElse(List.of());
    List<ItemGroupData> groups = new ArrayList<>();
    form.groups().stream()
        .filter(group -> !group.removed())
        .sorted(
            byOrder(groupOrder, org.ecrf.entry.domain.ItemGroupData::itemGroupOid)
                .thenComparingInt(org.ecrf.entry.domain.ItemGroupData::repeatKey))
        .forEach(group -> group(definition, group).ifPresent(groups::add));
    return new FormSnapshot(
        FormDataHeader.of(form.formOid(), Integer.toString(form.formRepeatKey())), groups);
  }

  private Optional<ItemGroupData> group(
      Optional<StudyDefinition> definition, org.ecrf.entry.domain.ItemGroupData group) {
    List<String> itemOrder =
        definition
            .flatMap(d -> d.itemGroup(group.itemGroupOid()))
            .map(g -> g.itemRefs().stream().map(ref -> ref.itemOid()).toList())
            .orElse(List.of());
    List<org.ecrf.crf.odm.clinical.ItemData> items =
        group.items().stream()
            .filter(item -> definition.map(d -> visibleItem.test(d, item.itemOid())).orElse(true))
            .sorted(byOrder(itemOrder, ItemData::itemOid))
            .map(ClinicalDataSnapshot::item)
            .toList();
    if (items.isEmpty() && !group.items().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ItemGroupData(
            group.itemGroupOid(),
            Integer.toString(group.repeatKey()),
            Optional.empty(),
            Provenance.NONE,
            items,
            SourcePosition.NONE));
  }

  private static org.ecrf.crf.odm.clinical.ItemData item(ItemData stored) {
    org.ecrf.crf.odm.clinical.ItemData item =
        org.ecrf.crf.odm.clinical.ItemData.of(stored.itemOid(), stored.valueText());
    return stored.unitOid().map(item::withUnit).orElse(item);
  }

  /** Definition order first, then anything the definition does not list, by OID. */
  private static <T> Comparator<T> byOrder(List<String> order, Function<T, String> oid) {
    ToIntFunction<T> rank = value -> position(order, oid.apply(value));
    return Comparator.comparingInt(rank).thenComparing(oid);
  }

  private static int position(List<String> order, String oid) {
    int at = order.indexOf(oid);
    return at < 0 ? Integer.MAX_VALUE : at;
  }
}
