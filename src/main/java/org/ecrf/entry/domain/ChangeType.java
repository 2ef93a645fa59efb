package org.ecrf.entry.domain;

/** What a save does to a stored value or item group instance (the ODM TransactionTypes). */
public enum ChangeType {
  /** Nothing was stored; now there is a value (or a new row). */
  INSERT,
  /** A stored value is replaced (text or unit differ). */
  UPDATE,
  /** A stored value (or row) is removed; storage keeps it as removed, never deletes it. */
  REMOVE
}
