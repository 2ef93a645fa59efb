package org.ecrf.entry.domain;

/** Why a value changes, for the audit trail. */
public enum ChangeCause {
  /** The user (or an import) entered or changed the value. */
  ENTERED,
  /** The user (or an import) cleared the value. */
  CLEARED,
  /** Skip logic hides the item now; a hidden item's value is not stored. */
  HIDDEN,
  /** Its repeating row was removed. */
  ROW_REMOVED,
  /** A derived item was recomputed because its inputs changed. */
  DERIVED
}
