package org.ecrf.entry.domain;

import java.util.Objects;

/**
 * A row of a repeating section (or a first-filled section) added on save, or a stored row removed.
 * A removal is soft: storage marks the row removed and keeps it; its values are removed with it.
 *
 * @param key item group OID and repeat key
 * @param type insert or remove
 */
public record GroupChange(ItemGroupKey key, ChangeType type) {

  public GroupChange {
    Objects.requireNonNull(key, "key");
    if (type == ChangeType.UPDATE) {
      throw new IllegalArgumentException("An item group instance is inserted or removed");
    }
  }

  /** A stored row is only removed with a reason for change. */
  public boolean reasonRequired() {
    return type == ChangeType.REMOVE;
  }
}
