package org.ecrf.crf.domain;

/** ODM RangeCheck SoftHard: whether a failed check can be confirmed or blocks the value. */
public enum SoftHard {
  /** Implausible: the site may confirm the value (a query is raised). */
  SOFT,
  /** Impossible: the value is not accepted. */
  HARD
}
