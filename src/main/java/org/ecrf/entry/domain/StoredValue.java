package org.ecrf.entry.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What storage keeps of an item's value and what the audit trail shows as its old and new value:
 * the text and the unit.
 *
 * @param text the value's text
 * @param unitOid its unit; empty for items without units
 */
public record StoredValue(String text, Optional<String> unitOid) {

  public StoredValue {
    Objects.requireNonNull(text, "text");
    unitOid = Objects.requireNonNullElse(unitOid, Optional.<String>empty());
  }

  /** Written {@code 35 MU.G_L}, or the text alone. */
  @Override
  public String toString() {
    return unitOid.map(unit -> text + " " + unit).orElse(text);
  }
}
