package org.ecrf.dosing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecrf.dosing.domain.AntibodyStatus.NEGATIVE;
import static org.ecrf.dosing.domain.AntibodyStatus.POSITIVE;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DosingAdvisorTest {

  private final DosingAdvisor advisor = DosingAdvisor.withDefaults(DosingRuleSets.topitDefaults());

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dosing/advice-topit-defaults.csv", numLinesToSkip = 1)
  void advisesAsTheTopitRuleSetSays(
      String description,
      TreatmentArm arm,
      String studyEventOid,
      int week,
      String trough,
      AntibodyStatus ati,
      String currentDose,
      Integer currentInterval,
      String weightKg,
      AdviceStatus status,
      String rule,
      String doseMgPerKg,
      String doseMg,
      int intervalWeeks,
      String flags) {
    DosingAdvice advice =
        advisor.advise(
            Situations.situation(
                arm, studyEventOid, week, trough, ati, currentDose, currentInterval, weightKg));

    assertThat(advice.status()).isEqualTo(status);
    assertThat(advice.ruleOid().orElse(null)).isEqualTo(rule);
    assertThat(advice.recommendation().doseMgPerKg()).isEqualTo(new BigDecimal(doseMgPerKg));
    assertThat(advice.recommendation().doseMg()).isEqualTo(new BigDecimal(doseMg));
    assertThat(advice.recommendation().intervalWeeks()).isEqualTo(intervalWeeks);
    assertThat(advice.flags()).isEqualTo(flags(flags));
    assertThat(advice.provisional()).isTrue();
  }

  @Test
  void firedRuleBringsItsRationaleAndSource() {
    DosingAdvice advice =
        advisor.advise(Situations.guided("SE.WEEK22", 22, "3.2", NEGATIVE, Regimen.of("5", 8)));

    DosingRule shorten = DosingRuleSets.topitDefaults().rule("DR.SHORTEN").orElseThrow();
    assertThat(advice.firedRule()).contains(shorten);
    assertThat(advice.rationale()).contains(shorten.rationale());
    assertThat(advice.source()).contains(shorten.source());
    assertThat(advice.explanation())
        .isEqualTo(
            "Trough 3.2 µg/mL (below the target of 5-10 µg/mL), antibodies to infliximab"
                + " negative. Shorten the interval from 8 to 6 weeks (minimum 4), same dose of 5"
                + " mg/kg.");
  }

  @Test
  void missingLevelSaysSoAndAsksForOne() {
    DosingAdvice advice =
        advisor.advise(Situations.guided("SE.WEEK22", 22, "", POSITIVE, Regimen.of("7.5", 6)));

    assertThat(advice.status()).isEqualTo(AdviceStatus.NO_TROUGH_LEVEL);
    assertThat(advice.firedRule()).isEmpty();
    assertThat(advice.explanation())
        .startsWith(
            "No trough level: continue the current regimen of 7.5 mg/kg every 6 weeks and obtain"
                + " a level.")
        .contains("Antibodies to infliximab are positive");
  }

  @Test
  void exhaustedEscalationSaysSoAndRecommendsASwitchDiscussion() {
    DosingAdvice advice =
        advisor.advise(Situations.guided("SE.WEEK38", 38, "2", NEGATIVE, Regimen.of("10", 4)));

    assertThat(advice.explanation())
        .contains("Already at the highest escalation of this rule set (10 mg/kg every 4 weeks)")
        .contains("discuss a switch of therapy");
  }

  @Test
  void switchDiscussionKeepsTheCurrentRegimenAndSaysSo() {
    DosingAdvice advice =
        advisor.advise(Situations.guided("SE.WEEK22", 22, "BLQ<0.4", POSITIVE, Regimen.of("5", 8)));

    assertThat(advice.explanation())
        .isEqualTo(
            "Trough below the assay's LLOQ of 0.4 µg/mL (undetectable, below the target of"
                + " 5-10 µg/mL), antibodies to infliximab positive. No automatic dose change:"
                + " discuss a switch of therapy. Until that decision the recommendation keeps the"
                + " current regimen of 5 mg/kg every 8 weeks.");
  }

  @Test
  void reinductionExplainsTheShortInterval() {
    DosingAdvice advice =
        advisor.advise(Situations.guided("SE.WEEK22", 22, "0", NEGATIVE, Regimen.of("5", 8)));

    assertThat(advice.explanation())
        .endsWith(
            "Re-induction: give 10 mg/kg now and the next infusion after 2 weeks (instead of 5"
                + " mg/kg every 8 weeks); the level before that infusion decides the further"
                + " course.");
  }

  @Test
  void regimenOutsideTheLimitsIsNamedInTheExplanation() {
    DosingAdvice advice =
        advisor.advise(Situations.guided("SE.WEEK22", 22, "6", NEGATIVE, Regimen.of("5", 10)));

    assertThat(advice.explanation())
        .startsWith(
            "The current regimen of 5 mg/kg every 10 weeks lies outside the rule set's limits and"
                + " is taken as 5 mg/kg every 8 weeks.");
  }

  @Test
  void laterAdjustmentStartKeepsTheStandardScheduleLonger() {
    DosingAdvisor later =
        new DosingAdvisor(
            DosingRuleSets.topitDefaults(), AdvisorSettings.defaults().withAdjustmentStartWeek(22));

    DosingAdvice advice =
        later.advise(Situations.guided("SE.WEEK14", 14, "3", NEGATIVE, Regimen.of("5", 8)));

    assertThat(advice.status()).isEqualTo(AdviceStatus.STANDARD_INDUCTION);
    assertThat(advice.recommendation().regimen()).isEqualTo(Regimen.of("5", 8));
    assertThat(advice.explanation())
        .isEqualTo(
            "Week 14, before trough-guided adjustments start at week 22: standard regimen, 5"
                + " mg/kg and the next infusion after 8 weeks.");
  }

  @Test
  void earlierAdjustmentStartAdaptsFromThatWeek() {
    DosingAdvisor earlier =
        new DosingAdvisor(
            DosingRuleSets.topitDefaults(), AdvisorSettings.defaults().withAdjustmentStartWeek(6));

    DosingAdvice advice =
        earlier.advise(Situations.guided("SE.WEEK6", 6, "3", NEGATIVE, Regimen.of("5", 8)));

    assertThat(advice.ruleOid()).contains("DR.SHORTEN");
    assertThat(advice.recommendation().intervalWeeks()).isEqualTo(6);
  }

  @Test
  void withoutInductionAlertsAnUndetectableInductionLevelKeepsTheStandardSchedule() {
    DosingAdvisor noAlerts =
        new DosingAdvisor(
            DosingRuleSets.topitDefaults(),
            AdvisorSettings.defaults().withInductionAlertConditions(Set.of()));

    DosingAdvice advice =
        noAlerts.advise(Situations.guided("SE.WEEK6", 6, "BLQ<0.4", POSITIVE, Regimen.of("5", 4)));

    assertThat(advice.status()).isEqualTo(AdviceStatus.STANDARD_INDUCTION);
    assertThat(advice.flags()).isEmpty();
  }

  @Test
  void reinductionIntervalIsAParameter() {
    DosingAdvisor threeWeeks =
        new DosingAdvisor(
            DosingRuleSets.topitDefaults(),
            AdvisorSettings.defaults().withReinductionIntervalWeeks(3));

    DosingAdvice advice =
        threeWeeks.advise(Situations.guided("SE.WEEK22", 22, "0", NEGATIVE, Regimen.of("5", 8)));

    assertThat(advice.recommendation().regimen()).isEqualTo(Regimen.of("10", 3));
  }

  @Test
  void vialRoundingIsAParameter() {
    DosingAdvisor vials =
        new DosingAdvisor(
            DosingRuleSets.topitDefaults(),
            AdvisorSettings.defaults().withDoseRounding(DoseRounding.NEAREST_100_MG_VIAL));

    DosingAdvice advice =
        vials.advise(
            DosingSituation.guided(
                new InfusionVisit("SE.WEEK22", 22),
                TroughResult.measured("3"),
                NEGATIVE,
                Regimen.of("5", 4),
                new BigDecimal("23.4")));

    assertThat(advice.recommendation().doseMg()).isEqualTo(new BigDecimal("200"));
    assertThat(advice.recommendation().describe())
        .isEqualTo("10 mg/kg = 200 mg for 23.4 kg, next infusion after 4 weeks");
  }

  @Test
  void releasedRuleSetIsNotProvisional() {
    DosingRuleSet topit = DosingRuleSets.topitDefaults();
    DosingRuleSet released =
        new DosingRuleSet(
            new RuleSetHeader(2, topit.name(), RuleSetStatus.RELEASED, ""),
            topit.standardRegimen(),
            topit.limits(),
            topit.targetWindows(),
            topit.rules());

    DosingAdvice advice =
        DosingAdvisor.withDefaults(released)
            .advise(Situations.guided("SE.WEEK22", 22, "7", NEGATIVE, Regimen.of("5", 8)));

    assertThat(advice.provisional()).isFalse();
    assertThat(advice.provisionalNotice()).isEmpty();
    assertThat(advice.ruleSet().version()).isEqualTo(2);
  }

  @Test
  void guidedMaintenanceWithoutCurrentRegimenIsAnError() {
    DosingSituation situation =
        Situations.situation(TreatmentArm.TDM, "SE.WEEK22", 22, "3", NEGATIVE, null, null, "30");

    assertThatThrownBy(() -> advisor.advise(situation))
        .hasMessage("Guided-arm visit SE.WEEK22 (week 22) needs the current regimen to advise on");
  }

  @Test
  void visitInsideInductionThatIsNoInductionWeekIsAnError() {
    DosingSituation situation =
        DosingSituation.standard(new InfusionVisit("SE.WEEK4", 4), BigDecimal.TEN);

    assertThatThrownBy(() -> advisor.advise(situation))
        .hasMessageContaining("Week 4 is not an infusion week of the standard induction");
  }

  @Test
  void implausibleWeightIsRejected() {
    assertThatThrownBy(
            () ->
                DosingSituation.standard(new InfusionVisit("SE.WEEK0", 0), new BigDecimal("25000")))
        .hasMessage(
            "SE.WEEK0 (week 0): body weight 25000 kg is implausible (over 250 kg); was it entered"
                + " in grams?");
    assertThatThrownBy(
            () -> DosingSituation.standard(new InfusionVisit("SE.WEEK0", 0), BigDecimal.ZERO))
        .hasMessage("SE.WEEK0 (week 0): body weight (kg) must be greater than 0, was 0");
  }

  @Test
  void readsAntibodyItemValues() {
    assertThat(AntibodyStatus.fromItemValue("POS")).isEqualTo(POSITIVE);
    assertThat(AntibodyStatus.fromItemValue("NEG")).isEqualTo(NEGATIVE);
    assertThat(AntibodyStatus.fromItemValue(" ")).isEqualTo(AntibodyStatus.NOT_TESTED);
    assertThatThrownBy(() -> AntibodyStatus.fromItemValue("positive"))
        .hasMessage("I.ATI_STATUS must be POS or NEG (or empty when not tested), was 'positive'");
  }

  @Test
  void rejectsNegativeLevelsAndNonPositiveLloq() {
    assertThatThrownBy(() -> TroughResult.measured("-0.1"))
        .hasMessage("Trough level (µg/mL) must not be negative, was -0.1");
    assertThatThrownBy(() -> TroughResult.belowLloq(BigDecimal.ZERO))
        .hasMessage("Assay LLOQ (µg/mL) must be greater than 0, was 0");
  }

  @Test
  void rejectsInductionAlertsOtherThanUndetectableAndAntibodies() {
    assertThatThrownBy(
            () ->
                AdvisorSettings.defaults()
                    .withInductionAlertConditions(Set.of(DosingCondition.BELOW_TARGET)))
        .hasMessageContaining("inductionAlertConditions may only hold");
  }

  private static Set<AdviceFlag> flags(String text) {
    Set<AdviceFlag> flags = EnumSet.noneOf(AdviceFlag.class);
    if (text != null) {
      Arrays.stream(text.trim().split("\\s+")).map(AdviceFlag::valueOf).forEach(flags::add);
    }
    return flags.stream().collect(Collectors.toUnmodifiableSet());
  }
}
