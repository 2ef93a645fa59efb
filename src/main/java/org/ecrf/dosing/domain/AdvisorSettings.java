package org.ecrf.dosing.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The named parameters of the advisor where the sources leave a choice (issue 6: "implement its
 * proposal as a named parameter"). Defaults: {@link #defaults()}.
 *
 * @param doseRounding how mg are rounded; default nearest whole mg
 * @param adjustmentStartWeek the first treatment week at which a guided-arm child's regimen is
 *     adapted to the level; default 14, the first maintenance infusion (conservative: TAILORIX
 *     randomised at week 14, NASPGHAN 2025 measures at the end of induction, domain spec §1.3/1.4).
 *     Before it the guided arm follows the standard induction
 * @param reinductionIntervalWeeks the interval after a re-induction dose; default 2, the gap
 *     between the first two induction infusions
 * @param inductionAlertConditions the conditions whose rules may already fire before the adjustment
 *     start week; default undetectable and antibodies with a low level, which call for action
 *     whenever found; a subset of those two, empty to follow the standard induction always
 */
public record AdvisorSettings(
    DoseRounding doseRounding,
    int adjustmentStartWeek,
    int reinductionIntervalWeeks,
    Set<DosingCondition> inductionAlertConditions) {

  public static final int DEFAULT_ADJUSTMENT_START_WEEK = 14;
  public static final int DEFAULT_REINDUCTION_INTERVAL_WEEKS = 2;

  private static final Set<DosingCondition> ALERT_CONDITIONS =
      EnumSet.of(DosingCondition.UNDETECTABLE, DosingCondition.ATI_POSITIVE_BELOW_TARGET);

  public AdvisorSettings {
    Objects.requireNonNull(doseRounding, "doseRounding");
    if (adjustmentStartWeek < 1) {
      throw new IllegalArgumentException(
          "adjustmentStartWeek must be 1 or more, was " + adjustmentStartWeek);
    }
    if (reinductionIntervalWeeks < 1) {
      throw new IllegalArgumentException(
          "reinductionIntervalWeeks must be 1 or more, was " + reinductionIntervalWeeks);
    }
    inductionAlertConditions = Set.copyOf(inductionAlertConditions);
    if (!ALERT_CONDITIONS.containsAll(inductionAlertConditions)) {
      throw new IllegalArgumentException(
          "inductionAlertConditions may only hold "
              + ALERT_CONDITIONS
              + ", was "
              + inductionAlertConditions);
    }
  }

  /** Nearest mg, adjustments from week 14, re-induction interval 2 weeks, both alerts active. */
  public static AdvisorSettings defaults() {
    return new AdvisorSettings(
        DoseRounding.NEAREST_MG,
        DEFAULT_ADJUSTMENT_START_WEEK,
        DEFAULT_REINDUCTION_INTERVAL_WEEKS,
        ALERT_CONDITIONS);
  }

  public AdvisorSettings withDoseRounding(DoseRounding rounding) {
    return new AdvisorSettings(
        rounding, adjustmentStartWeek, reinductionIntervalWeeks, inductionAlertConditions);
  }

  public AdvisorSettings withAdjustmentStartWeek(int week) {
    return new AdvisorSettings(
        doseRounding, week, reinductionIntervalWeeks, inductionAlertConditions);
  }

  public AdvisorSettings withReinductionIntervalWeeks(int weeks) {
    return new AdvisorSettings(doseRounding, adjustmentStartWeek, weeks, inductionAlertConditions);
  }

  public AdvisorSettings withInductionAlertConditions(Set<DosingCondition> conditions) {
    return new AdvisorSettings(
        doseRounding, adjustmentStartWeek, reinductionIntervalWeeks, conditions);
  }
}
