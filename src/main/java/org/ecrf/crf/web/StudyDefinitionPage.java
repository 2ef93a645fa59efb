package org.ecrf.crf.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ecrf.crf.application.CrfDefinitionRegistry.LoadedVersion;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyEventDef;

/** The study definition review page's content, computed once per view from one MetaDataVersion. */
public record StudyDefinitionPage(
    String title,
    List<VersionRow> versions,
    List<EventRow> events,
    List<FormChoice> forms,
    List<SectionRow> sections,
    List<CodeListRow> codeLists)
    implements Serializable {

  static StudyDefinitionPage of(
      StudyDefinition definition, String formOid, Locale locale, List<LoadedVersion> loaded) {
    DefinitionText text = new DefinitionText(definition, locale);
    String study = definition.header().studyOid();
    return new StudyDefinitionPage(
        definition.header().studyName() + " · " + definition.header().metaDataVersionOid(),
        loaded.stream()
            .filter(v -> v.studyOid().equals(study))
            .map(v -> new VersionRow(v.metaDataVersionOid(), v.source().name()))
            .toList(),
        definition.events().stream().map(e -> EventRow.of(e, definition)).toList(),
        definition.forms().stream()
            .sorted((a, b) -> a.oid().compareTo(b.oid()))
            .map(f -> new FormChoice(f.oid(), f.name()))
            .toList(),
        formOid == null ? List.of() : SectionRow.of(definition, formOid, text, locale),
        definition.codeLists().stream()
            .map(c -> new CodeListRow(c.oid(), c.name(), c.dataType().name(), text.codeList(c)))
            .toList());
  }

  /** A stored version of the study. */
  public record VersionRow(String metaDataVersion, String source) implements Serializable {}

  /** A study event: its timing and the forms it holds. */
  public record EventRow(
      String oid, String name, String type, String timing, boolean infusion, String forms)
      implements Serializable {

    static EventRow of(StudyEventDef event, StudyDefinition definition) {
      String forms =
          event.formRefs().stream()
              .map(ref -> definition.form(ref.formOid()).map(FormDef::name).orElse(ref.formOid()))
              .collect(Collectors.joining(", "));
      return new EventRow(
          event.oid(),
          event.name(),
          event.type().name(),
          DefinitionText.timing(event.timing().plannedDay()),
          event.timing().infusion(),
          forms);
    }
  }

  /** A form to choose on the page. */
  public record FormChoice(String oid, String name) implements Serializable {}

  /** An item group of the chosen form (a section of the page) with its items. */
  public record SectionRow(String oid, String title, boolean repeating, List<ItemRow> items)
      implements Serializable {

    static List<SectionRow> of(
        StudyDefinition definition, String formOid, DefinitionText text, Locale locale) {
      return definition.itemGroupsOf(formOid).stream()
          .map(group -> of(group, definition, text, locale))
          .toList();
    }

    private static SectionRow of(
        ItemGroupDef group, StudyDefinition definition, DefinitionText text, Locale locale) {
      String title =
          group.section().title().isEmpty() ? group.name() : group.section().title().text(locale);
      List<ItemRow> items =
          group.itemRefs().stream()
              .map(
                  ref ->
                      ItemRow.of(
                          ref,
                          definition.item(ref.itemOid()).orElseThrow(),
                          definition,
                          text,
                          locale))
              .toList();
      return new SectionRow(group.oid(), title, group.repeating(), items);
    }
  }

  /** One item as the review table shows it. */
  public record ItemRow(
      String oid,
      String question,
      String format,
      String choices,
      String units,
      String checks,
      boolean mandatory,
      boolean critical,
      String derivation,
      String collectedUnless,
      String sdtm)
      implements Serializable {

    static ItemRow of(
        ItemRef ref, ItemDef item, StudyDefinition definition, DefinitionText text, Locale locale) {
      return new ItemRow(
          item.oid(),
          item.question(locale),
          DefinitionText.format(item),
          text.codeList(item.codeListOid()),
          text.units(item),
          text.rangeChecks(item),
          ref.mandatory(),
          ref.critical(),
          definition.derivationOf(ref).map(Object::toString).orElse(""),
          text.condition(ref.collectionExceptionConditionOid()),
          item.sdtmAnnotation().orElse(""));
    }
  }

  /** A code list with its choices. */
  public record CodeListRow(String oid, String name, String dataType, String choices)
      implements Serializable {}
}
