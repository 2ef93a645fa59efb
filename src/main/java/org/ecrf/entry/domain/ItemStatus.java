package org.ecrf.entry.domain;

/** How an item of a form instance takes part in the current evaluation. */
public enum ItemStatus {
  /** Collected and entered by the user (or an import). */
  ENTERED,
  /** Collected and computed by the platform from other items; never taken from input. */
  DERIVED,
  /** Not collected: a CollectionExceptionCondition holds; its value must not be stored. */
  HIDDEN
}
