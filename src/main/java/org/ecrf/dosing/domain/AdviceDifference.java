package org.ecrf.dosing.domain;

/** In what way a candidate rule set's advice differs from the current one's. */
public enum AdviceDifference {
  /** The recommended dose differs, in mg/kg or in mg. */
  DOSE,
  /** The recommended interval differs. */
  INTERVAL,
  /** A different rule fired, or the kind of advice differs (e.g. a rule instead of none). */
  RULE,
  /** The flags differ (e.g. a switch discussion appears), whatever the dose. */
  FLAGS
}
