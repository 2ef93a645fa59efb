package org.ecrf.crf.domain;

/**
 * Which items of a form a monitor verifies against the source documents (extension edc:SdvPlan).
 */
public enum SdvPlan {
  /** Every item (the default). */
  ALL,
  /** The items whose ItemRef is flagged critical. */
  CRITICAL,
  /** No item. */
  NONE
}
