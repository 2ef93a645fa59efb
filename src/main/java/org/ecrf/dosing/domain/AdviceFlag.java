package org.ecrf.dosing.domain;

/**
 * Facts an advice draws attention to. Only guided-arm advice carries flags; standard-arm advice
 * never does, so the flags cannot unblind a level.
 */
public enum AdviceFlag {
  /** The level is below the target window (undetectable included). */
  BELOW_TARGET,
  /** The level is above the target window's upper bound. */
  ABOVE_TARGET,
  /** The level is undetectable (BLQ or 0). */
  UNDETECTABLE,
  /** The team should discuss switching therapy; no automatic dose change was made for this. */
  SWITCH_DISCUSSION,
  /**
   * The rule set has no further escalation for this child: dose and interval are at their limit.
   */
  AT_MAXIMUM_ESCALATION,
  /** The recommendation is a re-induction, with a shorter interval than in maintenance. */
  REINDUCTION,
  /**
   * The current regimen lay outside the rule set's limits (an earlier override, say) and was
   * brought within them before the rule was applied.
   */
  REGIMEN_BROUGHT_WITHIN_LIMITS
}
