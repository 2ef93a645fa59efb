package org.ecrf.crf.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ecrf.crf.domain.CodeList;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.LocalizedText;
import org.ecrf.crf.domain.StudyDefinition;

/**
 * The layout of one form for the generic entry page, in the page's language: its sections (item
 * groups) in order, each with its items: label, help, the kind of input, choices and units. Built
 * once per page view from the study definition; what changes while the user types (visibility,
 * messages, derived values) is not part of it.
 */
public record FormRenderModel(String formOid, String title, List<Section> sections)
    implements Serializable {

  public static FormRenderModel of(StudyDefinition definition, String formOid, Locale locale) {
    FormDef form =
        definition
            .form(formOid)
            .orElseThrow(() -> new IllegalArgumentException("No form " + formOid));
    String title = form.description().isEmpty() ? form.name() : form.description().text(locale);
    List<Section> sections =
        definition.itemGroupsOf(formOid).stream()
            .map(group -> Section.of(definition, group, locale))
            .toList();
    return new FormRenderModel(formOid, title, sections);
  }

  public Optional<Section> section(String groupOid) {
    return sections.stream().filter(s -> s.oid().equals(groupOid)).findFirst();
  }

  /** An item group as a section of the page. */
  public record Section(
      String oid, String title, String intro, int columns, boolean repeating, List<Field> fields)
      implements Serializable {

    static Section of(StudyDefinition definition, ItemGroupDef group, Locale locale) {
      String title =
          group.section().title().isEmpty() ? group.name() : group.section().title().text(locale);
      List<Field> fields =
          group.itemRefs().stream()
              .map(
                  ref ->
                      Field.of(
                          definition, ref, definition.item(ref.itemOid()).orElseThrow(), locale))
              .toList();
      return new Section(
          group.oid(),
          title,
          text(group.section().intro(), locale),
          group.section().columns(),
          group.repeating(),
          fields);
    }
  }

  /** One item: what the page shows for it and how it is entered. */
  public record Field(
      String oid,
      String label,
      String help,
      ItemInputKind kind,
      boolean mandatory,
      List<Choice> choices,
      List<Choice> units,
      int maxLength)
      implements Serializable {

    static Field of(StudyDefinition definition, ItemRef ref, ItemDef item, Locale locale) {
      List<Choice> choices =
          item.codeListOid()
              .flatMap(definition::codeList)
              .map(list -> choices(list, locale))
              .orElse(List.of());
      List<Choice> units =
          item.domain().unitOids().stream()
              .map(
                  oid ->
                      new Choice(
                          oid, definition.unit(oid).map(u -> u.symbol().text(locale)).orElse(oid)))
              .toList();
      return new Field(
          item.oid(),
          item.question(locale),
          text(item.presentation().help(), locale),
          ItemInputKind.of(item, choices.size(), ref.isDerived()),
          ref.mandatory(),
          choices,
          units,
          item.format().length().orElse(0));
    }

    private static List<Choice> choices(CodeList list, Locale locale) {
      return list.items().stream()
          .map(i -> new Choice(i.codedValue(), i.decode().text(locale)))
          .toList();
    }

    /** A value as the user reads it: the choice's label for a coded value, else the value. */
    public String display(String value) {
      return choices.stream()
          .filter(choice -> choice.value().equals(value))
          .map(Choice::label)
          .findFirst()
          .orElse(value);
    }

    public boolean hasUnitChoice() {
      return units.size() > 1;
    }

    public String unitLabel() {
      return units.size() == 1 ? units.get(0).label() : "";
    }
  }

  /** A coded value or unit with its label. */
  public record Choice(String value, String label) implements Serializable {}

  private static String text(LocalizedText text, Locale locale) {
    return text == null || text.isEmpty() ? "" : text.text(locale);
  }
}
