package org.ecrf.entry.domain;

/** What a check message is about. */
public enum CheckKind {
  /**
   * The text is not written in the item's ODM data type (a date that does not exist, 3.5 for a
   * count).
   */
  TYPE,
  /** The coded value is not in the item's code list. */
  CODE_LIST,
  /**
   * Too many characters, digits or decimal places for the ItemDef's Length or SignificantDigits.
   */
  LENGTH,
  /** A RangeCheck failed (Hard: error, Soft: warning). */
  RANGE,
  /** A mandatory item that is collected has no value. */
  MISSING,
  /** The unit is not one of the item's units or cannot be converted. */
  UNIT,
  /** A derived item: why it has no value, or that an entered value for it is not used. */
  DERIVATION,
  /**
   * The input does not fit the form: an unknown item group or item, an item outside its group, or a
   * repeat key other than 1 for a non-repeating group (an import may send such data).
   */
  STRUCTURE
}
