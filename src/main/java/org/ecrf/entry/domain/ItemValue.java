package org.ecrf.entry.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The value of an item as it is stored: the text (without surrounding whitespace), the unit it was
 * entered in, and, when the text is valid, the typed value and the value in the standard unit.
 *
 * @param text the value's text
 * @param unitOid the unit entered, or the item's standard unit when none was chosen; empty for an
 *     item without units
 * @param typed the value read as the item's data type; empty when the text is not in the type
 * @param standard the number in the item's standard unit; empty for items without units and for
 *     invalid values
 */
public record ItemValue(
    String text,
    Optional<String> unitOid,
    Optional<TypedValue> typed,
    Optional<Quantity> standard) {

  public ItemValue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unitOid, "unitOid");
    Objects.requireNonNull(typed, "typed");
    Objects.requireNonNull(standard, "standard");
  }

  /** The value as expressions and derivations see it: in the standard unit, canonical text. */
  public String comparableText() {
    return standard.map(Quantity::plainValue).or(() -> typed.map(TypedValue::text)).orElse(text);
  }

  /** The text and unit alone, as storage compares them. */
  public StoredValue stored() {
    return new StoredValue(text, unitOid);
  }
}
