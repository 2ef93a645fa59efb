package org.ecrf.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class WpcdaiCalculatorTest {

  private final WpcdaiCalculator calculator = new WpcdaiCalculator(WpcdaiParameters.defaults());

  /** Every choice item 0, ESR 5 mm/h, albumin 4.0 g/dL. */
  static Map<String, String> normalItems() {
    Map<String, String> values = new HashMap<>();
    for (String oid : WpcdaiInputs.ITEMS) {
      values.put(oid, "0");
    }
    values.put(WpcdaiInputs.ESR, "5");
    values.put(WpcdaiInputs.ALBUMIN, "4.0");
    return values;
  }

  private static Score complete(ScoreResult<Score> result) {
    assertThat(result).isInstanceOf(ScoreResult.Complete.class);
    return result.toOptional().orElseThrow();
  }

  @ParameterizedTest(name = "{11}")
  @CsvFileSource(resources = "/scoring/wpcdai-worked-examples.csv", numLinesToSkip = 1)
  void scoresWorkedExamples(
      String pain,
      String wellbeing,
      String stools,
      String esr,
      String albumin,
      String albuminUnit,
      String weight,
      String perianal,
      String eim,
      BigDecimal total,
      ActivityCategory category,
      String how) {
    Map<String, String> values = new HashMap<>();
    values.put(WpcdaiInputs.PAIN, pain);
    values.put(WpcdaiInputs.WELLBEING, wellbeing);
    values.put(WpcdaiInputs.STOOLS, stools);
    values.put(WpcdaiInputs.ESR, esr);
    values.put(WpcdaiInputs.ALBUMIN, albumin);
    values.put(WpcdaiInputs.WEIGHT, weight);
    values.put(WpcdaiInputs.PERIANAL, perianal);
    values.put(WpcdaiInputs.EIM, eim);
    ScoreInput input =
        new ScoreInput(values, Map.of(WpcdaiInputs.ALBUMIN, albuminUnit), SubjectContext.unknown());

    Score score = complete(calculator.score(input));

    assertThat(score.total()).isEqualByComparingTo(total);
    assertThat(score.category()).isEqualTo(category);
    assertThat(score.components().keySet()).containsExactlyElementsOf(WpcdaiInputs.ITEMS);
    assertThat(score.algorithm()).hasToString("WPCDAI/1");
  }

  @ParameterizedTest(name = "ESR {0}: {1} by default, {2} with high >= 50")
  @CsvSource({
    "0, 0, 0",
    "19.9, 0, 0",
    "20, 7.5, 7.5",
    "49.9, 7.5, 7.5",
    "50, 7.5, 15",
    "50.1, 15, 15",
    "100, 15, 15"
  })
  void scoresEsrAtEveryCutPointUnderEitherConvention(
      String esr, BigDecimal byDefault, BigDecimal ibdplexus) {
    Map<String, String> values = normalItems();
    values.put(WpcdaiInputs.ESR, esr);
    WpcdaiCalculator alternative =
        new WpcdaiCalculator(
            WpcdaiParameters.defaults()
                .withEsrBands(new LabBands(Threshold.atLeast("50"), Threshold.atLeast("20"))));

    Score score = complete(calculator.score(ScoreInput.of(values)));
    Score alternativeScore = complete(alternative.score(ScoreInput.of(values)));

    assertThat(score.components().get(WpcdaiInputs.ESR)).isEqualByComparingTo(byDefault);
    assertThat(alternativeScore.components().get(WpcdaiInputs.ESR)).isEqualByComparingTo(ibdplexus);
  }

  @ParameterizedTest(name = "albumin {0} {1} -> {2}")
  @CsvSource({
    "2.9, g/dL, 20",
    "3.0, g/dL, 20",
    "3.05, g/dL, 10",
    "3.1, g/dL, 10",
    "3.4, g/dL, 10",
    "3.5, g/dL, 0",
    "30, g/L, 20",
    "31, g/L, 10",
    "34, g/L, 10",
    "35, g/L, 0"
  })
  void scoresAlbuminAtEveryCutPointInEitherUnit(String albumin, String unit, BigDecimal points) {
    Map<String, String> values = normalItems();
    values.put(WpcdaiInputs.ALBUMIN, albumin);

    Score score =
        complete(
            calculator.score(
                new ScoreInput(
                    values, Map.of(WpcdaiInputs.ALBUMIN, unit), SubjectContext.unknown())));

    assertThat(score.components().get(WpcdaiInputs.ALBUMIN)).isEqualByComparingTo(points);
  }

  @ParameterizedTest(
      name = "total {0}: {1}; remission <= 12.5: {2}; moderate >= 40: {3}; severe >= 57.5: {4}")
  @CsvSource({
    "0, REMISSION, REMISSION, REMISSION, REMISSION",
    "10, REMISSION, REMISSION, REMISSION, REMISSION",
    "12.5, MILD, REMISSION, MILD, MILD",
    "37.5, MILD, MILD, MILD, MILD",
    "40, MILD, MILD, MODERATE, MILD",
    "42.5, MODERATE, MODERATE, MODERATE, MODERATE",
    "57.5, MODERATE, MODERATE, MODERATE, SEVERE",
    "60, SEVERE, SEVERE, SEVERE, SEVERE",
    "125, SEVERE, SEVERE, SEVERE, SEVERE"
  })
  void categorisesAtEveryCutPointUnderEachConvention(
      BigDecimal total,
      ActivityCategory byDefault,
      ActivityCategory remissionAtMost,
      ActivityCategory moderateAtLeast40,
      ActivityCategory severeAtLeast) {
    WpcdaiParameters defaults = WpcdaiParameters.defaults();

    assertThat(calculator.category(total)).isEqualTo(byDefault);
    assertThat(
            new WpcdaiCalculator(defaults.withRemission(Threshold.atMost("12.5"))).category(total))
        .isEqualTo(remissionAtMost);
    assertThat(new WpcdaiCalculator(defaults.withModerate(Threshold.atLeast("40"))).category(total))
        .isEqualTo(moderateAtLeast40);
    assertThat(new WpcdaiCalculator(defaults.withSevere(Threshold.atLeast("57.5"))).category(total))
        .isEqualTo(severeAtLeast);
  }

  @ParameterizedTest(name = "{0} -> {1}: drop {2}; >= 17.5: {3}; > 17.5: {4}")
  @CsvSource({
    "60, 45, 15, false, false",
    "60, 42.6, 17.4, false, false",
    "60, 42.5, 17.5, true, false",
    "60, 42.4, 17.6, true, true",
    "60, 40, 20, true, true",
    "40, 60, -20, false, false"
  })
  void assessesResponseAtTheThresholdAndEitherSide(
      BigDecimal baseline,
      BigDecimal current,
      BigDecimal drop,
      boolean byDefault,
      boolean strictAlternative) {
    Score before =
        new Score(WpcdaiCalculator.ALGORITHM, baseline, Map.of(), ActivityCategory.SEVERE);
    Score now = new Score(WpcdaiCalculator.ALGORITHM, current, Map.of(), ActivityCategory.MILD);
    WpcdaiCalculator strict =
        new WpcdaiCalculator(WpcdaiParameters.defaults().withResponse(Threshold.above("17.5")));

    ResponseAssessment assessment = calculator.assessResponse(before, now);

    assertThat(assessment.drop()).isEqualByComparingTo(drop);
    assertThat(assessment.response()).isEqualTo(byDefault);
    assertThat(strict.assessResponse(before, now).response()).isEqualTo(strictAlternative);
  }

  @Test
  void isIncompleteAndNamesEveryMissingOrInvalidItem() {
    Map<String, String> values = normalItems();
    values.remove(WpcdaiInputs.PAIN);
    values.put(WpcdaiInputs.STOOLS, "5");
    values.put(WpcdaiInputs.EIM, "5");
    values.remove(WpcdaiInputs.ALBUMIN);

    var result = (ScoreResult.Incomplete<Score>) calculator.score(ScoreInput.of(values));

    assertThat(result.itemOids())
        .containsExactly("I.WPCDAI_PAIN", "I.WPCDAI_STOOLS", "I.WPCDAI_ALBUMIN", "I.WPCDAI_EIM");
    assertThat(result.problems())
        .extracting(ItemProblem::kind)
        .containsExactly(
            ItemProblem.Kind.MISSING,
            ItemProblem.Kind.INVALID,
            ItemProblem.Kind.MISSING,
            ItemProblem.Kind.INVALID);
  }

  @Test
  void acceptsTheWeightedMiddleCodes() {
    Map<String, String> values = normalItems();
    values.put(WpcdaiInputs.STOOLS, "7.5");
    values.put(WpcdaiInputs.PERIANAL, "7.5");

    assertThat(complete(calculator.score(ScoreInput.of(values))).total())
        .isEqualByComparingTo("15");
  }
}
