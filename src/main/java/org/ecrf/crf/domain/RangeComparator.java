package org.ecrf.crf.domain;

/** ODM RangeCheck Comparator: the value must stand in this relation to the CheckValue(s). */
public enum RangeComparator {
  LT,
  LE,
  GT,
  GE,
  EQ,
  NE,
  /** The value is one of the CheckValues. */
  IN,
  /** The value is none of the CheckValues. */
  NOTIN
}
