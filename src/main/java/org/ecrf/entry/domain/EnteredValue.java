package org.ecrf.entry.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The value of one item as the user typed it or an import sent it: never parsed, never trimmed, so
 * that messages and the audit trail show exactly what was entered. Text that is empty or only
 * whitespace means "no value".
 *
 * @param text the raw text; {@code null} is read as empty
 * @param unitOid the MeasurementUnit chosen for an item with several units (surrounding whitespace
 *     removed); empty means the item's first (standard) unit
 * @param warningConfirmed whether the user confirmed the soft-check warnings shown for this value
 */
public record EnteredValue(String text, Optional<String> unitOid, boolean warningConfirmed) {

  /** No value. */
  public static final EnteredValue EMPTY = new EnteredValue("", Optional.empty(), false);

  public EnteredValue {
    text = Objects.requireNonNullElse(text, "");
    unitOid =
        Objects.requireNonNullElse(unitOid, Optional.<String>empty()).filter(u -> !u.isBlank());
  }

  /** A value in the item's standard unit (or an item without units). */
  public static EnteredValue of(String text) {
    return new EnteredValue(text, Optional.empty(), false);
  }

  /** A value in a unit; a {@code null} or blank unit means the item's standard unit. */
  public static EnteredValue of(String text, String unitOid) {
    return new EnteredValue(text, Optional.ofNullable(unitOid), false);
  }

  /** The same value with its soft-check warnings confirmed. */
  public EnteredValue confirmed() {
    return new EnteredValue(text, unitOid, true);
  }

  /** True when nothing but whitespace was entered. */
  public boolean isEmpty() {
    return text.isBlank();
  }

  /** The text without surrounding whitespace, which is never part of a value. */
  public String stripped() {
    return text.strip();
  }
}
