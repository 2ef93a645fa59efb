package org.ecrf.entry.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.web.FormRenderModel;
import org.ecrf.crf.web.FormRenderModel.Choice;
import org.ecrf.crf.web.FormRenderModel.Field;
import org.ecrf.entry.domain.ItemChange;
import org.ecrf.entry.domain.StoredValue;

/**
 * A saved value the user is about to change, listed in the reason-for-change dialog as the user
 * knows it: the question, the row of a repeating section, and the values with their choice labels
 * and units.
 */
public record PendingChange(String item, String row, String before, String after)
    implements Serializable {

  static List<PendingChange> of(List<ItemChange> changes, FormRenderModel layout) {
    return changes.stream()
        .filter(ItemChange::reasonRequired)
        .map(change -> of(change, layout))
        .toList();
  }

  private static PendingChange of(ItemChange change, FormRenderModel layout) {
    String groupOid = change.path().group().itemGroupOid();
    Optional<Field> field =
        layout
            .section(groupOid)
            .flatMap(
                section ->
                    section.fields().stream()
                        .filter(f -> f.oid().equals(change.path().itemOid()))
                        .findFirst());
    boolean repeating = layout.section(groupOid).map(s -> s.repeating()).orElse(false);
    return new PendingChange(
        field.map(Field::label).orElse(change.path().itemOid()),
        repeating ? String.valueOf(change.path().group().repeatKey()) : "",
        shown(change.before(), field),
        shown(change.after(), field));
  }

  private static String shown(Optional<StoredValue> value, Optional<Field> field) {
    if (value.isEmpty()) {
      return "";
    }
    String text = value.get().text();
    String decoded =
        field.flatMap(f -> label(f.choices(), text)).map(l -> text + " (" + l + ")").orElse(text);
    return value
        .get()
        .unitOid()
        .map(unit -> decoded + " " + field.flatMap(f -> label(f.units(), unit)).orElse(unit))
        .orElse(decoded);
  }

  private static Optional<String> label(List<Choice> choices, String value) {
    return choices.stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst();
  }
}
