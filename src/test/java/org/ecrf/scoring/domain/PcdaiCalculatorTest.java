package org.ecrf.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class PcdaiCalculatorTest {

  private static final LocalDate ASSESSED = LocalDate.of(2024, 6, 15);

  private final PcdaiCalculator calculator = new PcdaiCalculator(PcdaiParameters.defaults());

  /** A subject of this sex who is exactly {@code age} completed years old on ASSESSED. */
  static SubjectContext subjectAged(Sex sex, int age) {
    return new SubjectContext(sex, YearMonth.from(ASSESSED).minusYears(age), ASSESSED);
  }

  /** Every choice item 0, normal labs (HCT 40 %, ESR 5, albumin 4.0). */
  static Map<String, String> normalItems() {
    Map<String, String> values = new HashMap<>();
    for (String oid : PcdaiInputs.ITEMS) {
      values.put(oid, "0");
    }
    values.put(PcdaiInputs.HCT, "40");
    values.put(PcdaiInputs.ESR, "5");
    values.put(PcdaiInputs.ALBUMIN, "4.0");
    return values;
  }

  private static Score complete(ScoreResult<Score> result) {
    assertThat(result).isInstanceOf(ScoreResult.Complete.class);
    return result.toOptional().orElseThrow();
  }

  private static ScoreResult.Incomplete<Score> incomplete(ScoreResult<Score> result) {
    assertThat(result).isInstanceOf(ScoreResult.Incomplete.class);
    return (ScoreResult.Incomplete<Score>) result;
  }

  @ParameterizedTest(name = "{18}")
  @CsvFileSource(resources = "/scoring/pcdai-worked-examples.csv", numLinesToSkip = 1)
  void scoresWorkedExamples(
      Sex sex,
      String birthMonth,
      String assessmentDate,
      String pain,
      String stools,
      String wellbeing,
      String hct,
      String hctUnit,
      String esr,
      String albumin,
      String albuminUnit,
      String weight,
      String height,
      String abdomen,
      String perirectal,
      String eim,
      BigDecimal total,
      ActivityCategory category,
      String how) {
    Map<String, String> values = new HashMap<>();
    values.put(PcdaiInputs.PAIN, pain);
    values.put(PcdaiInputs.STOOLS, stools);
    values.put(PcdaiInputs.WELLBEING, wellbeing);
    values.put(PcdaiInputs.HCT, hct);
    values.put(PcdaiInputs.ESR, esr);
    values.put(PcdaiInputs.ALBUMIN, albumin);
    values.put(PcdaiInputs.WEIGHT, weight);
    values.put(PcdaiInputs.HEIGHT, height);
    values.put(PcdaiInputs.ABDOMEN, abdomen);
    values.put(PcdaiInputs.PERIRECTAL, perirectal);
    values.put(PcdaiInputs.EIM, eim);
    Map<String, String> units = new HashMap<>();
    units.put(PcdaiInputs.HCT, hctUnit);
    units.put(PcdaiInputs.ALBUMIN, albuminUnit);
    SubjectContext subject =
        new SubjectContext(sex, YearMonth.parse(birthMonth), LocalDate.parse(assessmentDate));

    Score score = complete(calculator.score(new ScoreInput(values, units, subject)));

    assertThat(score.total()).isEqualByComparingTo(total);
    assertThat(score.category()).isEqualTo(category);
    assertThat(score.components()).containsOnlyKeys(PcdaiInputs.ITEMS);
    assertThat(score.algorithm()).hasToString("PCDAI/1");
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3} ({4})")
  @CsvFileSource(resources = "/scoring/pcdai-laboratory.csv", numLinesToSkip = 1)
  void scoresLaboratoryValuesAfterUnitConversion(
      String item, String value, String unit, BigDecimal points, String why) {
    String oid = "I.PCDAI_" + item;
    Map<String, String> values = normalItems();
    values.put(oid, value);
    Map<String, String> units = new HashMap<>();
    units.put(oid, unit);

    Score score =
        complete(calculator.score(new ScoreInput(values, units, subjectAged(Sex.FEMALE, 8))));

    assertThat(score.components().get(oid)).isEqualByComparingTo(points);
  }

  @ParameterizedTest(name = "{0} in {1} is invalid")
  @CsvSource({
    "I.PCDAI_HCT, 35, L/L",
    "I.PCDAI_HCT, 101, %",
    "I.PCDAI_HCT, 35, l/l",
    "I.PCDAI_ALBUMIN, 3.5, g/dl",
    "I.PCDAI_ALBUMIN, 35, mg/L",
    "I.PCDAI_ESR, 20, mm/hr",
    "I.PCDAI_ESR, -3, mm/h",
    "I.PCDAI_ESR, '3,5', mm/h"
  })
  void rejectsUnknownUnitsAndImpossibleValues(String oid, String value, String unit) {
    Map<String, String> values = normalItems();
    values.put(oid, value);

    var result =
        incomplete(
            calculator.score(new ScoreInput(values, Map.of(oid, unit), subjectAged(Sex.MALE, 12))));

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.itemOid()).isEqualTo(oid);
              assertThat(problem.kind()).isEqualTo(ItemProblem.Kind.INVALID);
            });
  }

  @Test
  void explainsAHematocritEnteredAsPercentWithTheLitreUnit() {
    Map<String, String> values = normalItems();
    values.put(PcdaiInputs.HCT, "35");

    var result =
        incomplete(
            calculator.score(
                new ScoreInput(values, Map.of(PcdaiInputs.HCT, "L/L"), subjectAged(Sex.MALE, 12))));

    assertThat(result.problems().get(0).detail())
        .isEqualTo("35 L/L is 3500 %, above the possible 100");
  }

  @ParameterizedTest(
      name = "total {0}: {1}; remission <= 10: {2}; moderate > 30: {3}; no severe band: {4}")
  @CsvSource({
    "0, REMISSION, REMISSION, REMISSION, REMISSION",
    "7.5, REMISSION, REMISSION, REMISSION, REMISSION",
    "10, MILD, REMISSION, MILD, MILD",
    "27.5, MILD, MILD, MILD, MILD",
    "30, MODERATE, MODERATE, MILD, MODERATE",
    "32.5, MODERATE, MODERATE, MODERATE, MODERATE",
    "37.5, MODERATE, MODERATE, MODERATE, MODERATE",
    "40, SEVERE, SEVERE, SEVERE, MODERATE",
    "100, SEVERE, SEVERE, SEVERE, MODERATE"
  })
  void categorisesAtEveryCutPointUnderEachConvention(
      BigDecimal total,
      ActivityCategory turner2010,
      ActivityCategory remissionAtMost10,
      ActivityCategory moderateAbove30,
      ActivityCategory noSevereBand) {
    PcdaiParameters defaults = PcdaiParameters.defaults();

    assertThat(calculator.category(total)).isEqualTo(turner2010);
    assertThat(new PcdaiCalculator(defaults.withRemission(Threshold.atMost("10"))).category(total))
        .isEqualTo(remissionAtMost10);
    assertThat(new PcdaiCalculator(defaults.withModerate(Threshold.above("30"))).category(total))
        .isEqualTo(moderateAbove30);
    assertThat(new PcdaiCalculator(defaults.withSevere(Threshold.above("100"))).category(total))
        .isEqualTo(noSevereBand);
  }

  @ParameterizedTest(name = "{0} -> {1}: drop {2}; > 12.5: {3}; >= 12.5: {4}")
  @CsvSource({
    "40, 30, 10, false, false",
    "40, 27.6, 12.4, false, false",
    "40, 27.5, 12.5, false, true",
    "40, 27.4, 12.6, true, true",
    "40, 25, 15, true, true",
    "20, 27.5, -7.5, false, false"
  })
  void assessesResponseAtTheThresholdAndEitherSide(
      BigDecimal baseline,
      BigDecimal current,
      BigDecimal drop,
      boolean aboveByDefault,
      boolean atLeastAlternative) {
    Score before =
        new Score(PcdaiCalculator.ALGORITHM, baseline, Map.of(), ActivityCategory.SEVERE);
    Score now = new Score(PcdaiCalculator.ALGORITHM, current, Map.of(), ActivityCategory.MILD);
    PcdaiCalculator inclusive =
        new PcdaiCalculator(PcdaiParameters.defaults().withResponse(Threshold.atLeast("12.5")));

    ResponseAssessment assessment = calculator.assessResponse(before, now);

    assertThat(assessment.drop()).isEqualByComparingTo(drop);
    assertThat(assessment.response()).isEqualTo(aboveByDefault);
    assertThat(assessment.criterion()).isEqualTo("drop > 12.5");
    assertThat(inclusive.assessResponse(before, now).response()).isEqualTo(atLeastAlternative);
  }

  @Test
  void isIncompleteAndNamesEveryMissingItemAndSubjectFact() {
    Map<String, String> values = normalItems();
    values.remove(PcdaiInputs.WELLBEING);
    values.remove(PcdaiInputs.ALBUMIN);
    values.remove(PcdaiInputs.EIM);

    var result = incomplete(calculator.score(ScoreInput.of(values, SubjectContext.unknown())));

    assertThat(result.itemOids())
        .containsExactly(
            "I.PCDAI_WELLBEING",
            "I.PCDAI_ALBUMIN",
            "I.PCDAI_EIM",
            SubjectContext.SEX_KEY,
            SubjectContext.ASSESSMENT_DATE_KEY);
    assertThat(result.toOptional()).isEmpty();
  }

  @Test
  void namesTheMonthOfBirthWhenOnlyItIsUnknown() {
    var result =
        incomplete(
            calculator.score(
                ScoreInput.of(normalItems(), new SubjectContext(Sex.FEMALE, null, ASSESSED))));

    assertThat(result.itemOids()).containsExactly(SubjectContext.BIRTH_MONTH_KEY);
  }

  @Test
  void rejectsAnAssessmentBeforeBirth() {
    SubjectContext unborn = new SubjectContext(Sex.MALE, YearMonth.of(2024, 7), ASSESSED);

    var result = incomplete(calculator.score(ScoreInput.of(normalItems(), unborn)));

    assertThat(result.itemOids()).containsExactly(SubjectContext.ASSESSMENT_DATE_KEY);
  }

  @ParameterizedTest(name = "{0} = {1} is not a PCDAI code")
  @CsvSource({"I.PCDAI_PAIN, 2.5", "I.PCDAI_WEIGHT, 7.5", "I.PCDAI_EIM, 15", "I.PCDAI_HEIGHT, 1"})
  void rejectsChoiceValuesThatAreNotPcdaiPoints(String oid, String value) {
    Map<String, String> values = normalItems();
    values.put(oid, value);

    var result = incomplete(calculator.score(ScoreInput.of(values, subjectAged(Sex.MALE, 12))));

    assertThat(result.itemOids()).containsExactly(oid);
  }
}
