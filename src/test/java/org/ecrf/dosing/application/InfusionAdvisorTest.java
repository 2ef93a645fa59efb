package org.ecrf.dosing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ecrf.dosing.domain.AdviceStatus;
import org.ecrf.dosing.domain.AdvisorSettings;
import org.ecrf.dosing.domain.DosingAdvice;
import org.ecrf.testing.TopitDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The TOPIT rule set of the study definition applied to stored forms: which rule fires for which
 * trough and previous infusion, and what is missing when nothing can be advised.
 */
class InfusionAdvisorTest {

  private static final LocalDate WEEK_6 = LocalDate.of(2026, 2, 9);
  private static final LocalDate WEEK_14 = WEEK_6.plusWeeks(8);

  private final InfusionAdvisor advisor =
      InfusionAdvisor.of(TopitDefinition.get(), AdvisorSettings.defaults()).orElseThrow();

  @ParameterizedTest(name = "trough {0} BLQ {1} ATI {2} after {3} mg/kg {4}: {5}")
  @CsvSource({
    // level, BLQ, ATI, previous dose, previous decision, rule, mg/kg, weeks, mg for 35 kg
    "3.2, N, NEG, 5, FOLLOW, DR.SHORTEN, 5, 6, 175",
    "4.9, N, '', 5, FOLLOW, DR.SHORTEN, 5, 6, 175",
    "5, N, NEG, 5, FOLLOW, DR.CONTINUE, 5, 8, 175",
    "12, N, NEG, 5, FOLLOW, DR.CONTINUE, 5, 8, 175",
    "3.2, N, POS, 5, FOLLOW, DR.SWITCH, 5, 8, 175",
    "'', Y, NEG, 5, FOLLOW, DR.REINDUCE, 10, 2, 350",
    "0, N, NEG, 5, FOLLOW, DR.REINDUCE, 10, 2, 350",
  })
  void appliesTheFirstRuleWhoseConditionHoldsAtWeek14(
      String level,
      String blq,
      String ati,
      String previousDose,
      String previousDecision,
      String rule,
      String doseMgPerKg,
      int intervalWeeks,
      String doseMg) {
    DosingRecord record =
        new DosingRecord(
            List.of(trough("SE.WEEK14", level, blq, "0.4", ati)),
            List.of(infusion("SE.WEEK6", WEEK_6, previousDose, previousDecision, "8")));

    DosingAdvice advice = advised(guided("SE.WEEK14", WEEK_14, "35"), record);

    assertThat(advice.ruleOid()).contains(rule);
    assertThat(advice.recommendation().doseMgPerKg()).isEqualByComparingTo(doseMgPerKg);
    assertThat(advice.recommendation().intervalWeeks()).isEqualTo(intervalWeeks);
    assertThat(advice.recommendation().doseMg()).isEqualByComparingTo(doseMg);
  }

  @Test
  void takesTheIntervalActuallyKeptAfterAnOverride() {
    DosingRecord record =
        new DosingRecord(
            List.of(trough("SE.WEEK22", "7", "N", "0.4", "NEG")),
            List.of(
                infusion("SE.WEEK6", WEEK_6, "5", "FOLLOW", "8"),
                infusion("SE.WEEK14", WEEK_14, "7.5", "OVERRIDE", "6")));

    DosingAdvice advice = advised(guided("SE.WEEK22", WEEK_14.plusDays(43), "40"), record);

    assertThat(advice.ruleOid()).contains("DR.CONTINUE");
    assertThat(advice.recommendation().regimen().describe()).isEqualTo("7.5 mg/kg every 6 weeks");
  }

  @Test
  void followsTheStandardInductionWithoutALevelBeforeWeek14() {
    DosingAdvice advice = advised(guided("SE.WEEK6", WEEK_6, "30"), DosingRecord.EMPTY);

    assertThat(advice.status()).isEqualTo(AdviceStatus.STANDARD_INDUCTION);
    assertThat(advice.recommendation().regimen().describe()).isEqualTo("5 mg/kg every 8 weeks");
  }

  @Test
  void givesNoAdviceWithoutATroughLevelFromWeek14On() {
    DosingRecord record =
        new DosingRecord(List.of(), List.of(infusion("SE.WEEK6", WEEK_6, "5", "FOLLOW", "8")));

    AdviceResult result = advisor.advise(guided("SE.WEEK14", WEEK_14, "35"), () -> record);

    assertThat(result)
        .isEqualTo(
            AdviceResult.NoAdvice.because(
                "no trough level stored for this visit (F.TROUGH at SE.WEEK14)"));
  }

  @Test
  void namesTheMissingLimitOfABelowLimitLevel() {
    DosingRecord record =
        new DosingRecord(
            List.of(trough("SE.WEEK14", "", "Y", "", "NEG")),
            List.of(infusion("SE.WEEK6", WEEK_6, "5", "FOLLOW", "8")));

    AdviceResult result = advisor.advise(guided("SE.WEEK14", WEEK_14, "35"), () -> record);

    assertThat(((AdviceResult.NoAdvice) result).reason()).contains("I.TROUGH_LLOQ");
  }

  @Test
  void namesTheWeightWhenItIsNotEnteredYet() {
    InfusionCase noWeight =
        new InfusionCase("TDM", "SE.WEEK14", 1, Optional.of(WEEK_14), Optional.empty());

    AdviceResult result = advisor.advise(noWeight, () -> DosingRecord.EMPTY);

    assertThat(((AdviceResult.NoAdvice) result).missingItemOids())
        .containsExactly("I.INF_WEIGHT_KG");
  }

  @Test
  void needsThePreviousInfusionInMaintenance() {
    DosingRecord record =
        new DosingRecord(List.of(trough("SE.WEEK14", "3", "N", "0.4", "NEG")), List.of());

    AdviceResult result = advisor.advise(guided("SE.WEEK14", WEEK_14, "35"), () -> record);

    assertThat(((AdviceResult.NoAdvice) result).reason()).contains("no earlier infusion");
  }

  @Test
  void givesTheStandardArmTheStandardRegimenWithoutReadingStoredData() {
    InfusionCase standard =
        new InfusionCase(
            "STANDARD", "SE.WEEK14", 1, Optional.of(WEEK_14), Optional.of(new BigDecimal("35")));
    Supplier<DosingRecord> mustNotBeRead =
        () -> {
          throw new AssertionError("a standard-arm advice read stored data");
        };

    DosingAdvice advice = advised(standard, mustNotBeRead);

    assertThat(advice.status()).isEqualTo(AdviceStatus.STANDARD_ARM);
    assertThat(advice.ruleOid()).isEmpty();
    assertThat(advice.recommendation().regimen().describe()).isEqualTo("5 mg/kg every 8 weeks");
  }

  @Test
  void givesNoAdviceBeforeRandomisation() {
    InfusionCase notRandomised =
        new InfusionCase("", "SE.WEEK0", 1, Optional.empty(), Optional.of(BigDecimal.TEN));

    AdviceResult result = advisor.advise(notRandomised, () -> DosingRecord.EMPTY);

    assertThat(((AdviceResult.NoAdvice) result).reason()).contains("not randomised");
  }

  @Test
  void countsTheWeekOfAnUnscheduledInfusionFromTheFirstInfusion() {
    LocalDate first = LocalDate.of(2026, 1, 5);
    DosingRecord record =
        new DosingRecord(
            List.of(trough("SE.UNSCHEDULED", "8", "N", "0.4", "NEG")),
            List.of(
                infusion("SE.WEEK0", first, "5", "FOLLOW", "2"),
                infusion("SE.WEEK14", first.plusWeeks(14), "5", "FOLLOW", "6")));

    AdviceResult result =
        advisor.advise(
            new InfusionCase(
                "TDM",
                "SE.UNSCHEDULED",
                1,
                Optional.of(first.plusWeeks(20).plusDays(3)),
                Optional.of(new BigDecimal("35"))),
            () -> record);

    AdviceResult.Advised advised = (AdviceResult.Advised) result;
    assertThat(advised.visit().week()).isEqualTo(20);
    assertThat(advised.advice().recommendation().regimen().describe())
        .isEqualTo("5 mg/kg every 6 weeks");
  }

  private DosingAdvice advised(InfusionCase infusion, DosingRecord record) {
    return advised(infusion, () -> record);
  }

  private DosingAdvice advised(InfusionCase infusion, Supplier<DosingRecord> record) {
    AdviceResult result = advisor.advise(infusion, record);
    assertThat(result).isInstanceOf(AdviceResult.Advised.class);
    return ((AdviceResult.Advised) result).advice();
  }

  private static InfusionCase guided(String eventOid, LocalDate date, String weight) {
    return new InfusionCase(
        "TDM", eventOid, 1, Optional.of(date), Optional.of(new BigDecimal(weight)));
  }

  static StoredForm trough(String eventOid, String level, String blq, String lloq, String ati) {
    Map<String, String> values = new HashMap<>();
    put(values, DosingItems.TROUGH_LEVEL, level);
    put(values, DosingItems.TROUGH_BLQ, blq);
    put(values, DosingItems.TROUGH_LLOQ, lloq);
    put(values, DosingItems.ATI_STATUS, ati);
    return new StoredForm(eventOid, 1, values);
  }

  static StoredForm infusion(
      String eventOid, LocalDate date, String dose, String decision, String recInterval) {
    Map<String, String> values = new HashMap<>();
    put(values, DosingItems.DATE, date.toString());
    put(values, DosingItems.DOSE_MGKG, dose);
    put(values, DosingItems.DECISION, decision);
    put(values, DosingItems.REC_INTERVAL_WEEKS, recInterval);
    return new StoredForm(eventOid, 1, values);
  }

  private static void put(Map<String, String> values, String itemOid, String value) {
    if (value != null && !value.isBlank()) {
      values.put(itemOid, value);
    }
  }
}
