package org.ecrf.entry.domain;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The items of one subject a caller is blinded to (in TOPIT: trough levels, antibodies to
 * infliximab and the dosing advice derived from them, for site staff and monitors when the child is
 * in the standard arm). A blinded item is neither shown nor changed by that caller: pages leave its
 * value out, and whatever a request sends for it is replaced by what is stored.
 *
 * @param itemOids the blinded item OIDs
 */
public record BlindedItems(Set<String> itemOids) implements Serializable {

  /** Nothing blinded. */
  public static final BlindedItems NONE = new BlindedItems(Set.of());

  public BlindedItems {
    itemOids = Set.copyOf(Objects.requireNonNull(itemOids, "itemOids"));
  }

  /** True when the item is blinded; false for {@code null} (a message about a whole group). */
  public boolean contains(String itemOid) {
    return itemOid != null && itemOids.contains(itemOid);
  }

  public boolean isEmpty() {
    return itemOids.isEmpty();
  }

  /** The values without any entry for a blinded item (what a page may hold). */
  public FormValues strip(FormValues values) {
    if (isEmpty()) {
      return values;
    }
    FormValues.Builder visible = FormValues.builder();
    for (GroupInstance instance : values.instances()) {
      visible.instance(instance.key());
      instance.values().entrySet().stream()
          .filter(entry -> !contains(entry.getKey()))
          .forEach(entry -> visible.value(instance.key(), entry.getKey(), entry.getValue()));
    }
    return visible.build();
  }

  /**
   * The submitted values with every blinded item as stored: a submitted entry for a blinded item is
   * ignored, a stored one is kept even when the submission leaves it out. Instances only in {@code
   * stored} stay out, as the submission says.
   */
  public FormValues keepStored(FormValues submitted, FormValues stored) {
    if (isEmpty()) {
      return submitted;
    }
    FormValues.Builder merged = FormValues.builder();
    for (GroupInstance instance : strip(submitted).instances()) {
      merged.add(instance);
      stored
          .instance(instance.key())
          .map(GroupInstance::values)
          .orElse(Map.of())
          .forEach(
              (itemOid, value) -> {
                if (contains(itemOid)) {
                  merged.value(instance.key(), itemOid, value);
                }
              });
    }
    return merged.build();
  }
}
