package org.ecrf.dosing.domain;

/** The randomised arm of a TOPIT child, as far as dosing is concerned. */
public enum TreatmentArm {
  /** Trough-level-guided (proactive therapeutic drug monitoring): the rule set adapts the dose. */
  TDM,
  /**
   * Standard dosing: the standard regimen only, never derived from a trough level, which stays
   * blinded for this arm.
   */
  STANDARD
}
