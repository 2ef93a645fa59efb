package org.ecrf.dosing.domain;

/** Why an infusion is listed as a protocol deviation; one infusion may have several. */
public enum DeviationReason {
  /** The investigator recorded an override of the recommendation. */
  OVERRIDE,
  /** The mg/kg given differ from the recommendation by more than the tolerance. */
  DOSE_MG_PER_KG,
  /** The mg given differ from the recommended mg by more than the tolerance. */
  DOSE_MG,
  /**
   * The days to the next infusion differ from the recommended interval by more than the tolerance.
   */
  INTERVAL
}
