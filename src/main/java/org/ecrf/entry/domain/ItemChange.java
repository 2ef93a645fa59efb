package org.ecrf.entry.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One value to write on save, with what the audit trail records about it.
 *
 * @param path item group instance and item
 * @param type insert, update or remove
 * @param before the stored value; empty for an insert
 * @param after the new value; empty for a removal
 * @param cause why the value changes
 * @param derived whether the item is computed by the platform
 */
public record ItemChange(
    ItemPath path,
    ChangeType type,
    Optional<StoredValue> before,
    Optional<StoredValue> after,
    ChangeCause cause,
    boolean derived) {

  public ItemChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(cause, "cause");
  }

  /**
   * True when the change alters a value stored before (an update or removal, including a removal by
   * skip logic or with its row) of an entered item. A derived item never needs its own reason: it
   * changes because its inputs did, and is audited with their reason.
   */
  public boolean reasonRequired() {
    return !derived && type != ChangeType.INSERT;
  }
}
