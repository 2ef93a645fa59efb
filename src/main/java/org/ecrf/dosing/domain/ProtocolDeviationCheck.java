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
    Findings findings = new Findings();
    if (given.decision() == InfusionDecision.OVERRIDE) {
      findings.add(DeviationReason.OVERRIDE, "Recommendation overridden: " + given.reason() + ".");
    }
    checkDose(recommended, given, findings);
    boolean intervalAssessed = given.intervalDaysToNext().isPresent();
    if (intervalAssessed) {
      checkInterval(recommended, given.intervalDaysToNext().getAsInt(), findings);
    }
    String description =
        findings.sentences.isEmpty() ? "No deviation." : String.join(" ", findings.sentences);
    return new DeviationAssessment(
        findings.reasons, given.decision(), intervalAssessed, description);
  }

  private void checkDose(
      Recommendation recommended, AdministeredInfusion given, Findings findings) {
    BigDecimal mgPerKgDifference = given.doseMgPerKg().subtract(recommended.doseMgPerKg()).abs();
    if (mgPerKgDifference.compareTo(tolerance.doseMgPerKg()) > 0) {
      findings.add(
          DeviationReason.DOSE_MG_PER_KG,
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
      findings.add(
          DeviationReason.DOSE_MG,
          differs(
              "Dose",
              Decimals.text(given.doseMg()) + " mg",
              Decimals.text(recommended.doseMg()) + " mg",
              Decimals.text(tolerance.doseMgPercent()) + " %"));
    }
  }

  private void checkInterval(Recommendation recommended, int days, Findings findings) {
    int recommendedDays = recommended.intervalWeeks() * 7;
    if (Math.abs(days - recommendedDays) > tolerance.intervalDays()) {
      findings.add(
          DeviationReason.INTERVAL,
          differs(
              "Interval to the next infusion",
              days + " days",
              recommendedDays + " days",
              tolerance.intervalDays() + " days"));
    }
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

  /** The reasons found so far and a sentence for each. */
  private static final class Findings {
    private final Set<DeviationReason> reasons = EnumSet.noneOf(DeviationReason.class);
    private final List<String> sentences = new ArrayList<>();

    void add(DeviationReason reason, String sentence) {
      reasons.add(reason);
      sentences.add(sentence);
    }
  }
}
