package org.ecrf.dosing.domain;

/** What kind of advice was given; pages show each differently. */
public enum AdviceStatus {
  /** A rule of the rule set fired (guided arm); the advice names it. */
  RULE_APPLIED,
  /**
   * Guided arm, from the adjustment start week on, without a trough level: no rule fires; continue
   * the current regimen and obtain a level. Never a silent default.
   */
  NO_TROUGH_LEVEL,
  /**
   * Guided arm before the adjustment start week (induction) and no alert rule fired: the standard
   * schedule.
   */
  STANDARD_INDUCTION,
  /** Standard arm: the standard regimen, the same whatever any laboratory result says. */
  STANDARD_ARM
}
