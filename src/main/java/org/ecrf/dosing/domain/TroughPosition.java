package org.ecrf.dosing.domain;

/** Where a trough level lies relative to the target window of its visit. */
public enum TroughPosition {
  /** Below the lower bound; an undetectable level (below the assay's LLOQ, or 0) is always here. */
  BELOW,
  /** Between the bounds, bounds included; for a window without upper bound, at or above the low. */
  WITHIN,
  /** Above the upper bound; only possible when the window has one. */
  ABOVE
}
