package org.ecrf.dosing.domain;

/**
 * The closed set of things a dosing rule can recommend. Their meaning is defined here; the study
 * definition only names them ({@code Action} attribute) and gives a dose where the action needs
 * one. "Current regimen" is the dose and interval the child is on, first brought within the rule
 * set's {@link DosingLimits} (the advice is flagged when that changed it).
 */
public enum DosingAction {
  /** Same dose, same interval. */
  CONTINUE(false),
  /**
   * Interval shortened by the rule set's step, not below its minimum interval; same dose. When the
   * interval is already the minimum, nothing changes and the advice says so.
   */
  SHORTEN_INTERVAL(false),
  /**
   * Dose raised to the rule's dose (never above the rule set's maximum dose); same interval. When
   * the current dose already reaches that dose, nothing changes: the advice says the escalation is
   * exhausted, flags it and recommends discussing a switch of therapy.
   */
  INCREASE_DOSE(true),
  /**
   * Re-induction: the rule's dose now and the next infusion after the re-induction interval (2
   * weeks by default, {@link AdvisorSettings#reinductionIntervalWeeks()}), like the second infusion
   * of an induction. This interval may be shorter than the minimum maintenance interval.
   */
  REINDUCE(true),
  /**
   * One step down: a dose above the rule set's minimum dose is reduced to the minimum dose (same
   * interval); otherwise the interval is lengthened by the step, up to the maximum interval. At the
   * minimum dose and maximum interval (the standard regimen in TOPIT) the regimen continues.
   */
  DEESCALATE(false),
  /**
   * No automatic dose change: the advice is flagged for a discussion of switching therapy, and the
   * recommendation keeps the current regimen until that decision, saying so.
   */
  DISCUSS_SWITCH(false);

  private final boolean requiresDose;

  DosingAction(boolean requiresDose) {
    this.requiresDose = requiresDose;
  }

  /**
   * True when a rule with this action must give a dose ({@code DoseMgPerKg}), false when it must
   * not.
   */
  public boolean requiresDose() {
    return requiresDose;
  }

  /**
   * The action named by a rule's {@code Action} attribute.
   *
   * @throws IllegalArgumentException naming the allowed values when {@code code} is not one
   */
  public static DosingAction fromCode(String code) {
    return Codes.lookUp(DosingAction.class, code, "dosing rule Action");
  }
}
