package org.ecrf.dosing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ProtocolDeviationCheckTest {

  private final ProtocolDeviationCheck check = ProtocolDeviationCheck.withDefaultTolerance();

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dosing/deviations.csv", numLinesToSkip = 1)
  void listsOverridesAndEveryDifferenceBeyondTheTolerance(
      String description,
      String recommendedMgPerKg,
      String recommendedMg,
      int recommendedWeeks,
      String givenMgPerKg,
      String givenMg,
      Integer daysToNext,
      InfusionDecision decision,
      String reason,
      String expectedReasons,
      boolean intervalAssessed) {
    DosingAdvice advice = adviceRecommending(recommendedMgPerKg, recommendedMg, recommendedWeeks);
    AdministeredInfusion given =
        new AdministeredInfusion(
            new BigDecimal(givenMgPerKg),
            new BigDecimal(givenMg),
            daysToNext == null ? OptionalInt.empty() : OptionalInt.of(daysToNext),
            decision,
            reason);

    DeviationAssessment assessment = check.assess(advice, given);

    assertThat(assessment.reasons()).isEqualTo(reasons(expectedReasons));
    assertThat(assessment.isDeviation()).isEqualTo(expectedReasons != null);
    assertThat(assessment.intervalAssessed()).isEqualTo(intervalAssessed);
    assertThat(assessment.followRecordedButDiffers())
        .isEqualTo(decision == InfusionDecision.FOLLOW && expectedReasons != null);
  }

  @Test
  void describesEachReason() {
    DeviationAssessment assessment =
        check.assess(
            adviceRecommending("10", "300", 4),
            new AdministeredInfusion(
                new BigDecimal("5"),
                new BigDecimal("150"),
                OptionalInt.of(56),
                InfusionDecision.OVERRIDE,
                " clinical remission "));

    assertThat(assessment.description())
        .isEqualTo(
            "Recommendation overridden: clinical remission. Dose 5 mg/kg given, 10 mg/kg"
                + " recommended (tolerance 0.25 mg/kg). Dose 150 mg given, 300 mg recommended"
                + " (tolerance 5 %). Interval to the next infusion 56 days given, 28 days"
                + " recommended (tolerance 7 days).");
  }

  @Test
  void saysNoDeviationWhenThereIsNone() {
    DeviationAssessment assessment =
        check.assess(
            adviceRecommending("5", "150", 8),
            AdministeredInfusion.withoutNext(
                BigDecimal.valueOf(5), BigDecimal.valueOf(150), InfusionDecision.FOLLOW, null));

    assertThat(assessment.isDeviation()).isFalse();
    assertThat(assessment.description()).isEqualTo("No deviation.");
  }

  @Test
  void toleranceIsAParameter() {
    ProtocolDeviationCheck strict =
        new ProtocolDeviationCheck(new DeviationTolerance(BigDecimal.ZERO, BigDecimal.ZERO, 0));

    DeviationAssessment assessment =
        strict.assess(
            adviceRecommending("5", "150", 8),
            new AdministeredInfusion(
                new BigDecimal("5.01"),
                new BigDecimal("151"),
                OptionalInt.of(57),
                InfusionDecision.FOLLOW,
                ""));

    assertThat(assessment.reasons())
        .containsExactlyInAnyOrder(
            DeviationReason.DOSE_MG_PER_KG, DeviationReason.DOSE_MG, DeviationReason.INTERVAL);
  }

  @Test
  void rejectsAnOverrideWithoutReason() {
    assertThatThrownBy(
            () ->
                AdministeredInfusion.withoutNext(
                    BigDecimal.TEN, BigDecimal.valueOf(300), InfusionDecision.OVERRIDE, "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("I.INF_DECISION_REASON is required when I.INF_DECISION is OVERRIDE");
  }

  @Test
  void rejectsMissingOrUnknownDecisionsAndImpossibleValues() {
    assertThat(InfusionDecision.fromItemValue("OVERRIDE")).isEqualTo(InfusionDecision.OVERRIDE);
    assertThatThrownBy(() -> InfusionDecision.fromItemValue("follow"))
        .hasMessage("Unknown I.INF_DECISION 'follow'; allowed: FOLLOW, OVERRIDE");
    assertThatThrownBy(() -> InfusionDecision.fromItemValue(null))
        .hasMessage("Unknown I.INF_DECISION 'null'; allowed: FOLLOW, OVERRIDE");
    assertThatThrownBy(
            () ->
                AdministeredInfusion.withoutNext(
                    BigDecimal.ZERO, BigDecimal.TEN, InfusionDecision.FOLLOW, ""))
        .hasMessage("I.INF_DOSE_MGKG must be greater than 0, was 0");
    assertThatThrownBy(
            () ->
                new AdministeredInfusion(
                    BigDecimal.TEN, BigDecimal.TEN, OptionalInt.of(0), InfusionDecision.FOLLOW, ""))
        .hasMessage("The interval to the next infusion must be 1 day or more, was 0");
  }

  private static DosingAdvice adviceRecommending(String mgPerKg, String mg, int weeks) {
    return new DosingAdvice(
        AdviceStatus.NO_TROUGH_LEVEL,
        new Recommendation(Regimen.of(mgPerKg, weeks), BigDecimal.valueOf(30), new BigDecimal(mg)),
        Optional.empty(),
        Set.of(),
        "",
        DosingRuleSets.topitDefaults().header());
  }

  private static Set<DeviationReason> reasons(String text) {
    Set<DeviationReason> reasons = EnumSet.noneOf(DeviationReason.class);
    if (text != null) {
      Arrays.stream(text.trim().split("\\s+")).map(DeviationReason::valueOf).forEach(reasons::add);
    }
    return Set.copyOf(reasons);
  }
}
