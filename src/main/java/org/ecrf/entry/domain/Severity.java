package org.ecrf.entry.domain;

/** How much a check message weighs when a form is saved. */
public enum Severity {
  /** The value cannot be stored: the form is not saved until it is corrected. */
  ERROR,
  /** The value is implausible but may be stored; the user can confirm it (a soft range check). */
  WARNING,
  /**
   * A note that never blocks saving: why a derived item has no value, or a mandatory item that is
   * still empty (which blocks marking the form complete).
   */
  INFO
}
