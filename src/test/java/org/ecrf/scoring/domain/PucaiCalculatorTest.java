package org.ecrf.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class PucaiCalculatorTest {

  private final PucaiCalculator calculator = new PucaiCalculator(PucaiParameters.defaults());

  static Map<String, String> items(
      String pain,
      String bleeding,
      String consistency,
      String stools,
      String nocturnal,
      String activity) {
    Map<String, String> values = new HashMap<>();
    values.put(PucaiInputs.PAIN, pain);
    values.put(PucaiInputs.BLEEDING, bleeding);
    values.put(PucaiInputs.CONSISTENCY, consistency);
    values.put(PucaiInputs.STOOLS, stools);
    values.put(PucaiInputs.NOCTURNAL, nocturnal);
    values.put(PucaiInputs.ACTIVITY, activity);
    return values;
  }

  static Map<String, String> normalItems() {
    return items("0", "0", "0", "0", "0", "0");
  }

  private Score complete(ScoreResult<Score> result) {
    assertThat(result).isInstanceOf(ScoreResult.Complete.class);
    return result.toOptional().orElseThrow();
  }

  @ParameterizedTest(name = "{8}")
  @CsvFileSource(resources = "/scoring/pucai-worked-examples.csv", numLinesToSkip = 1)
  void scoresWorkedExamples(
      String pain,
      String bleeding,
      String consistency,
      String stools,
      String nocturnal,
      String activity,
      BigDecimal total,
      ActivityCategory category,
      String how) {
    Score score =
        complete(
            calculator.score(
                ScoreInput.of(items(pain, bleeding, consistency, stools, nocturnal, activity))));

    assertThat(score.total()).isEqualByComparingTo(total);
    assertThat(score.category()).isEqualTo(category);
    assertThat(score.algorithm()).isEqualTo(new AlgorithmId("PUCAI", 1));
  }

  @Test
  void reportsThePointsOfEveryItemByOid() {
    Score score = complete(calculator.score(ScoreInput.of(items("5", "20", "10", "7", "10", "0"))));

    assertThat(score.components())
        .containsExactly(
            Map.entry("I.PUCAI_PAIN", new BigDecimal("5")),
            Map.entry("I.PUCAI_BLEEDING", new BigDecimal("20")),
            Map.entry("I.PUCAI_CONSISTENCY", new BigDecimal("10")),
            Map.entry("I.PUCAI_STOOLS", new BigDecimal("10")),
            Map.entry("I.PUCAI_NOCTURNAL", new BigDecimal("10")),
            Map.entry("I.PUCAI_ACTIVITY", BigDecimal.ZERO));
  }

  @ParameterizedTest(name = "{0} stools per 24 h score {1}")
  @CsvSource({"0, 0", "2, 0", "3, 5", "5, 5", "6, 10", "8, 10", "9, 15", "30, 15"})
  void mapsTheNumberOfStoolsToPoints(String stools, BigDecimal points) {
    Score score = complete(calculator.score(ScoreInput.of(items("0", "0", "0", stools, "0", "0"))));

    assertThat(score.components().get(PucaiInputs.STOOLS)).isEqualByComparingTo(points);
    assertThat(score.total()).isEqualByComparingTo(points);
  }

  @ParameterizedTest(name = "total {0}: {1} by default, {2} with severe > 65")
  @CsvSource({
    "0, REMISSION, REMISSION",
    "5, REMISSION, REMISSION",
    "10, MILD, MILD",
    "30, MILD, MILD",
    "35, MODERATE, MODERATE",
    "60, MODERATE, MODERATE",
    "65, SEVERE, MODERATE",
    "70, SEVERE, SEVERE",
    "85, SEVERE, SEVERE"
  })
  void categorisesAtEveryCutPoint(
      BigDecimal total, ActivityCategory byDefault, ActivityCategory withSevereAbove65) {
    PucaiCalculator strictSevere =
        new PucaiCalculator(PucaiParameters.defaults().withSevere(Threshold.above("65")));

    assertThat(calculator.category(total)).isEqualTo(byDefault);
    assertThat(strictSevere.category(total)).isEqualTo(withSevereAbove65);
  }

  @Test
  void alternativeRemissionAndModerateCutPointsMoveTheBoundaryTotals() {
    PucaiCalculator alternative =
        new PucaiCalculator(
            PucaiParameters.defaults()
                .withRemission(Threshold.atMost("10"))
                .withModerate(Threshold.above("35")));

    assertThat(alternative.category(new BigDecimal("10"))).isEqualTo(ActivityCategory.REMISSION);
    assertThat(alternative.category(new BigDecimal("35"))).isEqualTo(ActivityCategory.MILD);
    assertThat(calculator.category(new BigDecimal("10"))).isEqualTo(ActivityCategory.MILD);
    assertThat(calculator.category(new BigDecimal("35"))).isEqualTo(ActivityCategory.MODERATE);
  }

  @Test
  void isIncompleteAndNamesEveryMissingItem() {
    Map<String, String> values = normalItems();
    values.remove(PucaiInputs.BLEEDING);
    values.put(PucaiInputs.ACTIVITY, "  ");

    ScoreResult<Score> result = calculator.score(ScoreInput.of(values));

    assertThat(result).isInstanceOf(ScoreResult.Incomplete.class);
    assertThat(result.toOptional()).isEmpty();
    ScoreResult.Incomplete<Score> incomplete = (ScoreResult.Incomplete<Score>) result;
    assertThat(incomplete.itemOids()).containsExactly("I.PUCAI_BLEEDING", "I.PUCAI_ACTIVITY");
    assertThat(incomplete.problems())
        .extracting(ItemProblem::kind)
        .containsOnly(ItemProblem.Kind.MISSING);
  }

  @ParameterizedTest(name = "{0} = ''{1}'' is invalid")
  @CsvSource({
    "I.PUCAI_PAIN, 7",
    "I.PUCAI_BLEEDING, 15",
    "I.PUCAI_BLEEDING, 10.0",
    "I.PUCAI_CONSISTENCY, 20",
    "I.PUCAI_STOOLS, 3.5",
    "I.PUCAI_STOOLS, -1",
    "I.PUCAI_STOOLS, many",
    "I.PUCAI_NOCTURNAL, 5",
    "I.PUCAI_NOCTURNAL, Y",
    "I.PUCAI_ACTIVITY, 15"
  })
  void isIncompleteWhenAValueIsNotACodeOfItsItem(String oid, String value) {
    Map<String, String> values = normalItems();
    values.put(oid, value);

    ScoreResult<Score> result = calculator.score(ScoreInput.of(values));

    assertThat(result).isInstanceOf(ScoreResult.Incomplete.class);
    assertThat(((ScoreResult.Incomplete<Score>) result).problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.itemOid()).isEqualTo(oid);
              assertThat(problem.kind()).isEqualTo(ItemProblem.Kind.INVALID);
              assertThat(problem.detail()).contains(value.strip());
            });
  }

  @Test
  void namesMissingAndInvalidItemsTogether() {
    Map<String, String> values = normalItems();
    values.remove(PucaiInputs.PAIN);
    values.put(PucaiInputs.STOOLS, "3.5");

    var incomplete = (ScoreResult.Incomplete<Score>) calculator.score(ScoreInput.of(values));

    assertThat(incomplete.itemOids()).containsExactly("I.PUCAI_PAIN", "I.PUCAI_STOOLS");
  }

  @Test
  void treatsANullValueAsMissing() {
    Map<String, String> values = normalItems();
    values.put(PucaiInputs.PAIN, null);

    var incomplete = (ScoreResult.Incomplete<Score>) calculator.score(ScoreInput.of(values));

    assertThat(incomplete.itemOids()).containsExactly("I.PUCAI_PAIN");
  }

  @Test
  void turnsRawValuesIntoATypedInput() {
    ParsedInput<PucaiInput> parsed =
        PucaiInputs.from(ScoreInput.of(items("5", "10", "0", "7", "10", "0")));

    assertThat(parsed)
        .isEqualTo(
            new ParsedInput.Valid<>(
                new PucaiInput(
                    new BigDecimal("5"),
                    new BigDecimal("10"),
                    BigDecimal.ZERO,
                    7,
                    true,
                    BigDecimal.ZERO)));
  }

  @Test
  void trimsSurroundingBlanks() {
    Score score =
        complete(calculator.score(ScoreInput.of(items(" 5", "10 ", "0", " 4 ", "0", "0"))));

    assertThat(score.total()).isEqualByComparingTo("20");
  }

  @ParameterizedTest(name = "{0} -> {1}: drop {2}, response {3} (>= 20), {4} (> 20)")
  @CsvSource({
    "55, 40, 15, false, false",
    "55, 35.1, 19.9, false, false",
    "55, 35, 20, true, false",
    "55, 34.9, 20.1, true, true",
    "55, 30, 25, true, true",
    "30, 45, -15, false, false"
  })
  void assessesResponseAtTheThresholdAndEitherSide(
      BigDecimal baseline,
      BigDecimal current,
      BigDecimal drop,
      boolean byDefault,
      boolean withStrictThreshold) {
    Score before = new Score(PucaiCalculator.ALGORITHM, baseline, Map.of(), ActivityCategory.MILD);
    Score now = new Score(PucaiCalculator.ALGORITHM, current, Map.of(), ActivityCategory.MILD);
    PucaiCalculator strict =
        new PucaiCalculator(PucaiParameters.defaults().withResponse(Threshold.above("20")));

    ResponseAssessment assessment = calculator.assessResponse(before, now);

    assertThat(assessment.drop()).isEqualByComparingTo(drop);
    assertThat(assessment.response()).isEqualTo(byDefault);
    assertThat(assessment.criterion()).isEqualTo("drop >= 20");
    assertThat(strict.assessResponse(before, now).response()).isEqualTo(withStrictThreshold);
  }

  @Test
  void refusesToCompareWithAnotherIndex() {
    Score pucai =
        new Score(PucaiCalculator.ALGORITHM, BigDecimal.TEN, Map.of(), ActivityCategory.MILD);
    Score pcdai =
        new Score(PcdaiCalculator.ALGORITHM, BigDecimal.TEN, Map.of(), ActivityCategory.MILD);

    assertThatThrownBy(() -> calculator.assessResponse(pcdai, pucai))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PCDAI/1");
  }
}
