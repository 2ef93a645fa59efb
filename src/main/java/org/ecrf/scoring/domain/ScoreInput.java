package org.ecrf.scoring.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The raw item values of a form as entered on the CRF, keyed by item OID, with the units entered
 * beside measured values (keyed by the same OID) and the subject facts a score may need. Values are
 * the strings the CRF stores (choice items carry their coded value, which for the activity indices
 * is the published number of points); an absent or blank value is a missing item.
 *
 * @param values item OID to raw value
 * @param units item OID to the unit entered with it; an item without an entry is in the item's own
 *     unit (for example % for hematocrit)
 * @param subject sex, month of birth and assessment date
 */
public record ScoreInput(
    Map<String, String> values, Map<String, String> units, SubjectContext subject) {

  public ScoreInput {
    values = withoutNullValues(Objects.requireNonNull(values, "values"));
    units = withoutNullValues(Objects.requireNonNull(units, "units"));
    Objects.requireNonNull(subject, "subject");
  }

  /** Copies a map; an entry with a {@code null} value is dropped (the item counts as missing). */
  private static Map<String, String> withoutNullValues(Map<String, String> map) {
    Map<String, String> copy = new HashMap<>();
    map.forEach(
        (key, value) -> {
          if (key != null && value != null) {
            copy.put(key, value);
          }
        });
    return Map.copyOf(copy);
  }

  /** Values in their items' own units, for a score that needs no subject facts. */
  public static ScoreInput of(Map<String, String> values) {
    return new ScoreInput(values, Map.of(), SubjectContext.unknown());
  }

  /** Values in their items' own units, with the subject facts. */
  public static ScoreInput of(Map<String, String> values, SubjectContext subject) {
    return new ScoreInput(values, Map.of(), subject);
  }

  /** The raw value of an item, trimmed; {@code null} when absent or blank. */
  public String value(String itemOid) {
    String value = values.get(itemOid);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The unit entered with an item, trimmed; {@code null} when none. */
  public String unit(String itemOid) {
    String unit = units.get(itemOid);
    return unit == null || unit.isBlank() ? null : unit.strip();
  }
}
