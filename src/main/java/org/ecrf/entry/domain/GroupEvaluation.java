package org.ecrf.entry.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's result for one item group instance (a section, or a row of a repeating section).
 *
 * @param key item group OID and repeat key
 * @param collected false when the section's CollectionExceptionCondition (or the form's) holds; all
 *     its items are then hidden
 * @param items its items in definition order
 */
public record GroupEvaluation(ItemGroupKey key, boolean collected, List<ItemEvaluation> items) {

  public GroupEvaluation {
    Objects.requireNonNull(key, "key");
    items = List.copyOf(items);
  }

  /** An item of the instance. */
  public Optional<ItemEvaluation> item(String itemOid) {
    return items.stream().filter(item -> item.itemOid().equals(itemOid)).findFirst();
  }
}
