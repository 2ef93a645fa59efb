package org.ecrf.dosing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.ecrf.dosing.domain.DosingAction.CONTINUE;
import static org.ecrf.dosing.domain.DosingAction.DEESCALATE;
import static org.ecrf.dosing.domain.DosingAction.INCREASE_DOSE;
import static org.ecrf.dosing.domain.DosingAction.SHORTEN_INTERVAL;
import static org.ecrf.dosing.domain.DosingCondition.ABOVE_TARGET;
import static org.ecrf.dosing.domain.DosingCondition.BELOW_TARGET;
import static org.ecrf.dosing.domain.DosingCondition.BELOW_TARGET_AT_MIN_INTERVAL;
import static org.ecrf.dosing.domain.DosingCondition.IN_TARGET;
import static org.ecrf.dosing.domain.DosingCondition.UNDETECTABLE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DosingRuleSetTest {

  private static final BigDecimal FIVE = BigDecimal.valueOf(5);
  private static final BigDecimal TEN = BigDecimal.TEN;

  private final DosingRuleSet topit = DosingRuleSets.topitDefaults();

  @Test
  void topitDefaultsReproduceTheStudyDefinition() {
    assertThat(topit.version()).isEqualTo(1);
    assertThat(topit.name()).isEqualTo("TOPIT proactive TDM");
    assertThat(topit.status()).isEqualTo(RuleSetStatus.PROVISIONAL);
    assertThat(topit.header().note()).contains("to be confirmed against the TOPIT protocol");
    assertThat(topit.standardRegimen())
        .isEqualTo(new StandardRegimen(new BigDecimal("5.0"), List.of(0, 2, 6), 8));
    assertThat(topit.limits()).isEqualTo(new DosingLimits(4, 8, 2, FIVE, new BigDecimal("10.00")));
    assertThat(topit.targetWindows())
        .containsExactly(
            TargetWindow.forStudyEvent("SE.WEEK14", FIVE, null), TargetWindow.byDefault(FIVE, TEN));
    assertThat(topit.rules())
        .extracting(DosingRule::oid, DosingRule::condition, DosingRule::action)
        .containsExactly(
            tuple(
                "DR.SWITCH",
                DosingCondition.ATI_POSITIVE_BELOW_TARGET,
                DosingAction.DISCUSS_SWITCH),
            tuple("DR.REINDUCE", UNDETECTABLE, DosingAction.REINDUCE),
            tuple("DR.SHORTEN", BELOW_TARGET, SHORTEN_INTERVAL),
            tuple("DR.ESCALATE", BELOW_TARGET_AT_MIN_INTERVAL, INCREASE_DOSE),
            tuple("DR.DEESCALATE", ABOVE_TARGET, DEESCALATE),
            tuple("DR.CONTINUE", IN_TARGET, CONTINUE));
    assertThat(topit.rule("DR.REINDUCE").orElseThrow().doseMgPerKg()).contains(TEN);
    assertThat(topit.rule("DR.ESCALATE").orElseThrow().doseMgPerKg()).contains(TEN);
    assertThat(topit.rules()).allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
    assertThat(topit.rules()).allSatisfy(rule -> assertThat(rule.rationale()).isNotBlank());
  }

  @Test
  void week14HasALowerBoundOnlyAndOtherVisitsTheDefaultWindow() {
    assertThat(topit.targetWindowFor("SE.WEEK14").highUgPerMl()).isEmpty();
    assertThat(topit.targetWindowFor("SE.WEEK14").lowUgPerMl()).isEqualTo(FIVE);
    assertThat(topit.targetWindowFor("SE.WEEK22")).isEqualTo(topit.defaultWindow());
    assertThat(topit.defaultWindow().highUgPerMl()).contains(TEN);
  }

  @Test
  void provisionalRuleSetOffersItsNoteAsNotice() {
    assertThat(topit.header().provisional()).isTrue();
    assertThat(topit.header().provisionalNotice()).contains(topit.header().note());
    RuleSetHeader released = new RuleSetHeader(2, "TOPIT", RuleSetStatus.RELEASED, null);
    assertThat(released.provisionalNotice()).isEmpty();
    assertThat(released.note()).isEmpty();
    assertThat(new RuleSetHeader(2, "TOPIT", RuleSetStatus.PROVISIONAL, " ").provisionalNotice())
        .hasValueSatisfying(text -> assertThat(text).contains("to be confirmed"));
  }

  @Test
  void rejectsASetWithoutDefaultWindow() {
    assertThatThrownBy(
            () -> withWindows(List.of(TargetWindow.forStudyEvent("SE.WEEK14", FIVE, TEN))))
        .isInstanceOf(InvalidDosingRuleSetException.class)
        .hasMessageContaining("TOPIT proactive TDM v1")
        .hasMessageContaining("no default target window");
  }

  @Test
  void rejectsTwoDefaultWindowsAndTwoWindowsForOneVisit() {
    assertThatThrownBy(
            () ->
                withWindows(
                    List.of(
                        TargetWindow.byDefault(FIVE, TEN),
                        TargetWindow.byDefault(FIVE, null),
                        TargetWindow.forStudyEvent("SE.WEEK14", FIVE, null),
                        TargetWindow.forStudyEvent("SE.WEEK14", FIVE, TEN))))
        .isInstanceOfSatisfying(
            InvalidDosingRuleSetException.class,
            error ->
                assertThat(error.problems())
                    .containsExactly(
                        "2 default target windows; exactly one is allowed",
                        "two target windows for study event SE.WEEK14"));
  }

  @Test
  void rejectsDuplicateRuleOids() {
    List<DosingRule> rules = new ArrayList<>(topit.rules());
    rules.set(5, DosingRule.of("DR.SHORTEN", IN_TARGET, CONTINUE, "s", "r"));
    assertThatThrownBy(() -> withRules(rules))
        .hasMessageContaining("duplicate rule OID DR.SHORTEN");
  }

  @Test
  void rejectsARuleThatCanNeverFire() {
    List<DosingRule> rules = new ArrayList<>(topit.rules());
    rules.add(DosingRule.of("DR.CONTINUE2", IN_TARGET, CONTINUE, "s", "r"));
    assertThatThrownBy(() -> withRules(rules))
        .hasMessageContaining("rule DR.CONTINUE2 can never fire")
        .hasMessageContaining("IN_TARGET");
  }

  @Test
  void rejectsAnUndetectableRuleAfterBothBelowTargetRules() {
    List<DosingRule> rules = new ArrayList<>(topit.rules());
    DosingRule reinduce = rules.remove(1);
    rules.add(reinduce);
    assertThatThrownBy(() -> withRules(rules))
        .hasMessageContaining("rule DR.REINDUCE can never fire");
  }

  @Test
  void rejectsASetWhereAMeasuredLevelReachesNoRule() {
    List<DosingRule> rules = new ArrayList<>(topit.rules());
    rules.remove(5);
    rules.remove(4);
    rules.remove(3);
    assertThatThrownBy(() -> withRules(rules))
        .isInstanceOfSatisfying(
            InvalidDosingRuleSetException.class,
            error ->
                assertThat(error.problems())
                    .containsExactly(
                        "no rule for condition BELOW_TARGET_AT_MIN_INTERVAL; every measured level"
                            + " must lead to a rule",
                        "no rule for condition IN_TARGET; every measured level must lead to a"
                            + " rule",
                        "no rule for condition ABOVE_TARGET; every measured level must lead to a"
                            + " rule"));
  }

  @Test
  void needsNoAboveTargetRuleWhenNoWindowHasAnUpperBound() {
    List<DosingRule> rules = new ArrayList<>(topit.rules());
    rules.remove(4);
    DosingRuleSet set =
        new DosingRuleSet(
            topit.header(),
            topit.standardRegimen(),
            topit.limits(),
            List.of(TargetWindow.byDefault(FIVE, null)),
            rules);
    assertThat(set.rules()).hasSize(5);
  }

  @Test
  void rejectsRuleDosesOutsideTheLimitsAndIncreasesThatAreNone() {
    List<DosingRule> rules = new ArrayList<>(topit.rules());
    rules.set(
        1,
        DosingRule.withDose(
            "DR.REINDUCE", UNDETECTABLE, DosingAction.REINDUCE, dose("12.5"), "s", "r"));
    rules.set(
        3,
        DosingRule.withDose(
            "DR.ESCALATE", BELOW_TARGET_AT_MIN_INTERVAL, INCREASE_DOSE, FIVE, "s", "r"));
    assertThatThrownBy(() -> withRules(rules))
        .isInstanceOfSatisfying(
            InvalidDosingRuleSetException.class,
            error ->
                assertThat(error.problems())
                    .containsExactly(
                        "rule DR.REINDUCE dose 12.5 mg/kg lies outside the dose limits 5-10 mg/kg",
                        "rule DR.ESCALATE increases the dose to 5 mg/kg, which is not above the"
                            + " standard dose"));
  }

  @Test
  void rejectsAStandardRegimenOutsideTheLimits() {
    assertThatThrownBy(
            () ->
                new DosingRuleSet(
                    topit.header(),
                    new StandardRegimen(dose("4"), List.of(0, 2, 6), 12),
                    topit.limits(),
                    topit.targetWindows(),
                    topit.rules()))
        .hasMessageContaining("the standard dose 4 mg/kg lies outside the dose limits")
        .hasMessageContaining("the standard maintenance interval of 12 weeks lies outside");
  }

  @Test
  void rejectsARuleWhoseActionNeedsADoseWithoutOne() {
    assertThatThrownBy(
            () ->
                new DosingRule(
                    "DR.ESCALATE",
                    BELOW_TARGET_AT_MIN_INTERVAL,
                    INCREASE_DOSE,
                    Optional.empty(),
                    "s",
                    "r"))
        .hasMessage("Dosing rule DR.ESCALATE: action INCREASE_DOSE needs a DoseMgPerKg");
  }

  @Test
  void rejectsADoseOnAnActionThatTakesNone() {
    assertThatThrownBy(
            () ->
                new DosingRule(
                    "DR.DEESCALATE", ABOVE_TARGET, DEESCALATE, Optional.of(FIVE), "s", "r"))
        .hasMessageContaining("action DEESCALATE takes no DoseMgPerKg");
  }

  @Test
  void rejectsMalformedOidsAndMissingTexts() {
    assertThatThrownBy(() -> DosingRule.of("dr-shorten", BELOW_TARGET, SHORTEN_INTERVAL, "s", "r"))
        .hasMessageContaining("Dosing rule OID 'dr-shorten' is not valid");
    assertThatThrownBy(() -> DosingRule.of("DR.SHORTEN", BELOW_TARGET, SHORTEN_INTERVAL, " ", "r"))
        .hasMessage("Dosing rule DR.SHORTEN needs a Source");
    assertThatThrownBy(() -> DosingRule.of("DR.SHORTEN", BELOW_TARGET, SHORTEN_INTERVAL, "s", null))
        .hasMessage("Dosing rule DR.SHORTEN needs a Rationale");
  }

  @Test
  void rejectsLimitsWhoseMinimumIsAboveTheMaximum() {
    assertThatThrownBy(() -> new DosingLimits(10, 8, 2, FIVE, TEN))
        .hasMessage("Dosing limits: MinIntervalWeeks (10) is above MaxIntervalWeeks (8)");
    assertThatThrownBy(() -> new DosingLimits(4, 8, 2, TEN, FIVE))
        .hasMessage("Dosing limits: MinDoseMgPerKg (10) is above MaxDoseMgPerKg (5)");
    assertThatThrownBy(() -> new DosingLimits(4, 8, 0, FIVE, TEN))
        .hasMessage("Dosing limits: IntervalStepWeeks must be 1 or more, was 0");
  }

  @Test
  void rejectsWindowsWithoutPositiveLowBoundOrWithHighNotAboveLow() {
    assertThatThrownBy(() -> TargetWindow.byDefault(BigDecimal.ZERO, TEN))
        .hasMessage("Default window: LowUgPerMl must be greater than 0, was 0");
    assertThatThrownBy(() -> TargetWindow.forStudyEvent("SE.WEEK14", FIVE, FIVE))
        .hasMessage("Target window for SE.WEEK14: HighUgPerMl (5) must be above LowUgPerMl (5)");
  }

  @Test
  void rejectsAnInvalidHeader() {
    assertThatThrownBy(() -> new RuleSetHeader(0, "TOPIT", RuleSetStatus.RELEASED, ""))
        .hasMessage("Dosing rule set version must be 1 or more, was 0");
    assertThatThrownBy(() -> new RuleSetHeader(1, " ", RuleSetStatus.RELEASED, ""))
        .hasMessage("Dosing rule set version 1 needs a name");
  }

  @Test
  void readsStudyDefinitionCodesAndNamesTheAllowedOnesOnError() {
    assertThat(DosingCondition.fromCode("BELOW_TARGET_AT_MIN_INTERVAL"))
        .isEqualTo(BELOW_TARGET_AT_MIN_INTERVAL);
    assertThat(DosingAction.fromCode("REINDUCE")).isEqualTo(DosingAction.REINDUCE);
    assertThat(RuleSetStatus.fromCode("RELEASED")).isEqualTo(RuleSetStatus.RELEASED);
    assertThatThrownBy(() -> DosingAction.fromCode("ESCALATE"))
        .hasMessage(
            "Unknown dosing rule Action 'ESCALATE'; allowed: CONTINUE, SHORTEN_INTERVAL,"
                + " INCREASE_DOSE, REINDUCE, DEESCALATE, DISCUSS_SWITCH");
    assertThatThrownBy(() -> RuleSetStatus.fromCode("provisional"))
        .hasMessageContaining("Unknown dosing rule set Status 'provisional'");
  }

  private DosingRuleSet withWindows(List<TargetWindow> windows) {
    return new DosingRuleSet(
        topit.header(), topit.standardRegimen(), topit.limits(), windows, topit.rules());
  }

  private DosingRuleSet withRules(List<DosingRule> rules) {
    return new DosingRuleSet(
        topit.header(), topit.standardRegimen(), topit.limits(), topit.targetWindows(), rules);
  }

  private static BigDecimal dose(String value) {
    return new BigDecimal(value);
  }
}
