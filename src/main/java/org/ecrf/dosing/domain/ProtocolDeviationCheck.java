package org.ecrf.dosing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Derives protocol deviations from the stored recommendation and what was given (issue 6: every
 * override, and every infusion that differs from the recommendation, even when "follow" was
 * recorded). Applies to both arms: a standard-arm infusion away from the standard regimen is a
 * deviation as well.
 */
public final class ProtocolDeviationCheck {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final DeviationTolerance tolerance;

  public ProtocolDeviationCheck(DeviationTolerance tolerance) {
    this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
  }

  /** A check with {@link DeviationTolerance#DEFAULT}. */
  public static ProtocolDeviationCheck withDefaultTolerance() {
    return new ProtocolDeviationCheck(DeviationTolerance.DEFAULT);
  }

  public DeviationTolerance tolerance() {
    return tolerance;
  }

  /** Whether {@code given} deviates from {@code advice}, and why. */
  public DeviationAssessment assess(DosingAdvice advice, AdministeredInfusion given) {
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(given, "given");
    Recommendation recommended = advice.recommendation();
    Set<DeviationReason> reasons = EnumSet.noneOf(DeviationReason.class);
    List<String> sentences = new ArrayList<>();
    if (given.decision() == InfusionDecision.OVERRIDE) {
      reasons.add(DeviationReason.OVERRIDE);
      sentences.add("Recommendation overridden: " + given.reason() + ".");
    }
    BigDecimal mgPerKgDifference = given.doseMgPerKg().subtract(recommended.doseMgPerKg()).abs();
    if (mgPerKgDifference.compareTo(tolerance.doseMgPerKg()) > 0) {
      reasons.add(DeviationReason.DOSE_MG_PER_KG);
      sentences.add(
          differs(
              "Dose",
              Decimals.text(given.doseMgPerKg()) + " mg/kg",
              Decimals.text(recommended.doseMgPerKg()) + " mg/kg",
              Decimals.text(tolerance.doseMgPerKg()) + " mg/kg"));
    }
    BigDecimal mgDifference = given.doseMg().subtract(recommended.doseMg()).abs();
    BigDecimal mgAllowed =
        recommended
            .doseMg()
            .multiply(tolerance.doseMgPercent())
            .divide(HUNDRED, 6, RoundingMode.HALF_UP);
    if (mgDifference.compareTo(mgAllowed) > 0) {
      reasons.add(DeviationReason.DOSE_MG);
      sentences.add(
          differs(
              "Dose",
              Decimals.text(given.doseMg()) + " mg",
              Decimals.text(recommended.doseMg()) + " mg",
              Decimals.text(tolerance.doseMgPercent()) + " %"));
    }
    boolean intervalAssessed = given.intervalDaysToNext().isPresent();
    if (intervalAssessed) {
      int recommendedDays = recommended.intervalWeeks() * 7;
      int days = given.intervalDaysToNext().getAsInt();
      if (Math.abs(days - recommendedDays) > tolerance.intervalDays()) {
        reasons.add(DeviationReason.INTERVAL);
        sentences.add(
            differs(
                "Interval to the next infusion",
                days + " days",
                recommendedDays + " days",
                tolerance.intervalDays() + " days"));
      }
    }
    String description = sentences.isEmpty() ? "No deviation." : String.join(" ", sentences);
    return new DeviationAssessment(reasons, given.decision(), intervalAssessed, description);
  }

  /** "Dose 7.5 mg/kg given, 10 mg/kg recommended (tolerance 0.25 mg/kg)." */
  private static String differs(String what, String given, String recommended, String allowed) {
    return what
        + " "
        + given
        + " given, "
        + recommended
        + " recommended (tolerance "
        + allowed
        + ").";
  }
}
