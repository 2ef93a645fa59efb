package org.ecrf.audit.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyEventDef;

/**
 * An item path in the words of the study definition, for people: the visit by its name ({@code Week
 * 0}), the form by its name ({@code PUCAI}), a repeating item group by its name and row, the item
 * by its OID with its question in the reader's language. A part the definition does not know (a
 * later version dropped it) is shown by its OID; a part not in the path is empty ({@code null}).
 *
 * @param subjectKey e.g. {@code POT-0001}
 * @param visit e.g. {@code Week 0}, or {@code Unscheduled visit (2)} for a repeating visit
 * @param form e.g. {@code PUCAI}
 * @param group e.g. {@code Medical history (2)}; given for a repeating group or when the path ends
 *     at the group
 * @param item e.g. {@code I.PUCAI_PAIN}
 * @param question e.g. {@code Abdominal pain}
 */
public record ReadablePath(
    String subjectKey, String visit, String form, String group, String item, String question) {

  public static ReadablePath of(ItemPath path, StudyDefinition definition, Locale locale) {
    return new ReadablePath(
        path.subjectKey(),
        visit(path, definition),
        path.formOid() == null
            ? null
            : definition.form(path.formOid()).map(f -> f.name()).orElse(path.formOid()),
        group(path, definition, locale),
        path.itemOid(),
        path.itemOid() == null
            ? null
            : definition.item(path.itemOid()).map(i -> question(i, locale)).orElse(null));
  }

  /** Within the subject, widest first: {@code Week 0 › PUCAI › I.PUCAI_PAIN}. */
  public String withinSubject() {
    List<String> parts = new ArrayList<>();
    addPresent(parts, visit, form, group, item);
    return String.join(" \u203a ", parts);
  }

  /**
   * Narrowest first, with the subject: {@code I.PUCAI_PAIN, PUCAI, Week 0, POT-0001} (for a
   * heading).
   */
  public String narrowestFirst() {
    List<String> parts = new ArrayList<>();
    addPresent(parts, item, group, form, visit, subjectKey);
    return String.join(", ", parts);
  }

  private static void addPresent(List<String> parts, String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null) {
        parts.add(candidate);
      }
    }
  }

  private static String visit(ItemPath path, StudyDefinition definition) {
    if (path.eventOid() == null) {
      return null;
    }
    Optional<StudyEventDef> event = definition.event(path.eventOid());
    String name = event.map(StudyEventDef::name).orElse(path.eventOid());
    boolean numbered =
        event.map(StudyEventDef::repeating).orElse(false)
            || (path.eventRepeat() != null && path.eventRepeat() > 1);
    return numbered && path.eventRepeat() != null ? name + " (" + path.eventRepeat() + ")" : name;
  }

  private static String group(ItemPath path, StudyDefinition definition, Locale locale) {
    if (path.itemGroupOid() == null) {
      return null;
    }
    Optional<ItemGroupDef> group = definition.itemGroup(path.itemGroupOid());
    boolean repeating =
        group.map(ItemGroupDef::repeating).orElse(false)
            || (path.itemGroupRepeat() != null && path.itemGroupRepeat() > 1);
    if (!repeating && path.itemOid() != null) {
      return null;
    }
    String name = group.map(g -> title(g, locale)).orElse(path.itemGroupOid());
    return repeating && path.itemGroupRepeat() != null
        ? name + " (" + path.itemGroupRepeat() + ")"
        : name;
  }

  private static String title(ItemGroupDef group, Locale locale) {
    String title = group.section().title().text(locale);
    return title == null || title.isBlank() ? group.name() : title;
  }

  private static String question(ItemDef item, Locale locale) {
    String text = item.question(locale);
    return text == null || text.isBlank() ? null : text;
  }
}
