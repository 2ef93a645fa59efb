package org.ecrf.entry.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The entered values of one item group instance (a section, or one row of a repeating section),
 * keyed by item OID in the order given. An item without an entry has no value.
 *
 * @param key item group OID and repeat key
 * @param values item OID to the value as entered; a {@code null} value is read as empty
 */
public record GroupInstance(ItemGroupKey key, Map<String, EnteredValue> values) {

  public GroupInstance {
    Objects.requireNonNull(key, "key");
    Map<String, EnteredValue> copy = new LinkedHashMap<>();
    Objects.requireNonNull(values, "values")
        .forEach(
            (itemOid, value) ->
                copy.put(
                    Objects.requireNonNull(itemOid, "item OID in " + key),
                    Objects.requireNonNullElse(value, EnteredValue.EMPTY)));
    values = Collections.unmodifiableMap(copy);
  }

  /** The entered value of an item, if the instance has an entry for it. */
  public Optional<EnteredValue> value(String itemOid) {
    return Optional.ofNullable(values.get(itemOid));
  }

  /** True when no item has a value. */
  public boolean isEmpty() {
    return values.values().stream().allMatch(EnteredValue::isEmpty);
  }
}
