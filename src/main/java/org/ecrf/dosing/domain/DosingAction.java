package org.ecrf.dosing.domain;

import java.math.BigDecimal;

/**
 * The closed set of things a dosing rule can recommend. Their meaning is defined here; the study
 * definition only names them ({@code Action} attribute) and gives a dose where the action needs
 * one. "Current regimen" is the dose and interval the child is on, first brought within the rule
 * set's {@link DosingLimits} (the advice is flagged when that changed it).
 */
public enum DosingAction {
  /** Same dose, same interval. */
  CONTINUE(false) {
    @Override
    ActionOutcome apply(ActionContext context) {
      return ActionOutcome.of(context.current(), "Continue " + context.current().describe() + ".");
    }
  },
  /**
   * Interval shortened by the rule set's step, not below its minimum interval; same dose. When the
   * interval is already the minimum, nothing changes and the advice says so.
   */
  SHORTEN_INTERVAL(false) {
    @Override
    ActionOutcome apply(ActionContext context) {
      Regimen current = context.current();
      DosingLimits limits = context.limits();
      int shorter =
          Math.max(limits.minIntervalWeeks(), current.intervalWeeks() - limits.intervalStepWeeks());
      if (shorter >= current.intervalWeeks()) {
        return ActionOutcome.of(
            current,
            "The interval is already the minimum of "
                + limits.minIntervalWeeks()
                + " weeks: continue "
                + current.describe()
                + ".");
      }
      return ActionOutcome.of(
          current.withInterval(shorter),
          "Shorten the interval from "
              + current.intervalWeeks()
              + " to "
              + shorter
              + " weeks (minimum "
              + limits.minIntervalWeeks()
              + "), same dose of "
              + Decimals.text(current.doseMgPerKg())
              + " mg/kg.");
    }
  },
  /**
   * Dose raised to the rule's dose (never above the rule set's maximum dose); same interval. When
   * the current dose already reaches that dose, nothing changes: the advice says the escalation is
   * exhausted, flags it and recommends discussing a switch of therapy.
   */
  INCREASE_DOSE(true) {
    @Override
    ActionOutcome apply(ActionContext context) {
      Regimen current = context.current();
      BigDecimal target =
          Decimals.min(context.rule().requiredDose(), context.limits().maxDoseMgPerKg());
      if (current.doseMgPerKg().compareTo(target) >= 0) {
        return ActionOutcome.of(
            current,
            "Already at the highest escalation of this rule set ("
                + current.describe()
                + "): no further increase. Continue and discuss a switch of therapy.",
            AdviceFlag.AT_MAXIMUM_ESCALATION,
            AdviceFlag.SWITCH_DISCUSSION);
      }
      return ActionOutcome.of(
          current.withDose(target),
          "Raise the dose from "
              + Decimals.text(current.doseMgPerKg())
              + " to "
              + Decimals.text(target)
              + " mg/kg, same interval of "
              + current.intervalWeeks()
              + " weeks.");
    }
  },
  /**
   * Re-induction: the rule's dose now and the next infusion after the re-induction interval (2
   * weeks by default, {@link AdvisorSettings#reinductionIntervalWeeks()}), like the second infusion
   * of an induction. This interval may be shorter than the minimum maintenance interval.
   */
  REINDUCE(true) {
    @Override
    ActionOutcome apply(ActionContext context) {
      Regimen reinduction =
          new Regimen(context.rule().requiredDose(), context.reinductionIntervalWeeks());
      return ActionOutcome.of(
          reinduction,
          "Re-induction: give "
              + Decimals.text(reinduction.doseMgPerKg())
              + " mg/kg now and the next infusion after "
              + reinduction.intervalWeeks()
              + " weeks (instead of "
              + context.current().describe()
              + "); the level before that infusion decides the further course.",
          AdviceFlag.REINDUCTION);
    }
  },
  /**
   * One step down: a dose above the rule set's minimum dose is reduced to the minimum dose (same
   * interval); otherwise the interval is lengthened by the step, up to the maximum interval. At the
   * minimum dose and maximum interval (the standard regimen in TOPIT) the regimen continues.
   */
  DEESCALATE(false) {
    @Override
    ActionOutcome apply(ActionContext context) {
      Regimen current = context.current();
      DosingLimits limits = context.limits();
      if (current.doseMgPerKg().compareTo(limits.minDoseMgPerKg()) > 0) {
        return ActionOutcome.of(
            current.withDose(limits.minDoseMgPerKg()),
            "Reduce the dose from "
                + Decimals.text(current.doseMgPerKg())
                + " to "
                + Decimals.text(limits.minDoseMgPerKg())
                + " mg/kg, same interval of "
                + current.intervalWeeks()
                + " weeks.");
      }
      if (current.intervalWeeks() < limits.maxIntervalWeeks()) {
        int longer =
            Math.min(
                limits.maxIntervalWeeks(), current.intervalWeeks() + limits.intervalStepWeeks());
        return ActionOutcome.of(
            current.withInterval(longer),
            "Lengthen the interval from "
                + current.intervalWeeks()
                + " to "
                + longer
                + " weeks (maximum "
                + limits.maxIntervalWeeks()
                + "), same dose of "
                + Decimals.text(current.doseMgPerKg())
                + " mg/kg.");
      }
      return ActionOutcome.of(
          current,
          "Already at the lowest dose and longest interval of this rule set: continue "
              + current.describe()
              + ".");
    }
  },
  /**
   * No automatic dose change: the advice is flagged for a discussion of switching therapy, and the
   * recommendation keeps the current regimen until that decision, saying so.
   */
  DISCUSS_SWITCH(false) {
    @Override
    ActionOutcome apply(ActionContext context) {
      return ActionOutcome.of(
          context.current(),
          "No automatic dose change: discuss a switch of therapy. Until that decision the"
              + " recommendation keeps the current regimen of "
              + context.current().describe()
              + ".",
          AdviceFlag.SWITCH_DISCUSSION);
    }
  };

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

  /** The recommendation of this action in the given context. */
  abstract ActionOutcome apply(ActionContext context);

  /**
   * The action named by a rule's {@code Action} attribute.
   *
   * @throws IllegalArgumentException naming the allowed values when {@code code} is not one
   */
  public static DosingAction fromCode(String code) {
    return Codes.lookUp(DosingAction.class, code, "dosing rule Action");
  }
}
