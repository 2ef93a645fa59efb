package org.ecrf.entry.application;

/** What an import did with a form, an item group row or an item of the file. */
public enum ImportOutcome {
  /** Written: a new or changed value, a new row, a form with changes. */
  STORED,
  /** A stored value cleared (IsNull="Yes", TransactionType Remove) or a stored row removed. */
  REMOVED,
  /** The file says what is stored already; nothing was written. */
  UNCHANGED,
  /** Refused for the reason given; nothing of its form was written. */
  REFUSED,
  /** Acceptable in itself, but not written because something else in its form was refused. */
  NOT_STORED
}
