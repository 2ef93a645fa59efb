package org.ecrf.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class SesCdCalculatorTest {

  private final SesCdCalculator calculator = new SesCdCalculator(SesCdParameters.defaults());

  /** All 20 variables graded so that they add up to {@code total}, filling 3s in form order. */
  static Map<String, String> gradesSumming(int total) {
    Map<String, String> values = new HashMap<>();
    int remaining = total;
    for (SesCdSegment segment : SesCdSegment.values()) {
      for (SesCdVariable variable : SesCdVariable.values()) {
        int grade = Math.min(3, remaining);
        values.put(segment.itemOid(variable), Integer.toString(grade));
        remaining -= grade;
      }
    }
    return values;
  }

  private static Map<String, String> segment(
      Map<String, String> values, SesCdSegment segment, int... grades) {
    SesCdVariable[] variables = SesCdVariable.values();
    for (int i = 0; i < variables.length; i++) {
      values.put(segment.itemOid(variables[i]), Integer.toString(grades[i]));
    }
    return values;
  }

  private static void notExplored(Map<String, String> values, SesCdSegment segment) {
    values.put(segment.exploredOid(), "N");
    for (SesCdVariable variable : SesCdVariable.values()) {
      values.remove(segment.itemOid(variable));
    }
  }

  private static SesCdScore complete(ScoreResult<SesCdScore> result) {
    assertThat(result).isInstanceOf(ScoreResult.Complete.class);
    return result.toOptional().orElseThrow();
  }

  private static ScoreResult.Incomplete<SesCdScore> incomplete(ScoreResult<SesCdScore> result) {
    assertThat(result).isInstanceOf(ScoreResult.Incomplete.class);
    return (ScoreResult.Incomplete<SesCdScore>) result;
  }

  @Test
  void scoresAWorkedExampleWithSegmentSubscores() {
    // Ileum: ulcer size 2 + ulcerated 2 + affected 2 + narrowing 1 = 7; right colon 1+1+1+0 = 3;
    // transverse, left and rectum all 0. Total 7 + 3 = 10, moderate (7-15).
    Map<String, String> values = gradesSumming(0);
    segment(values, SesCdSegment.ILEUM, 2, 2, 2, 1);
    segment(values, SesCdSegment.RIGHT, 1, 1, 1, 0);

    SesCdScore sesCd = complete(calculator.score(ScoreInput.of(values)));

    assertThat(sesCd.score().total()).isEqualByComparingTo("10");
    assertThat(sesCd.score().category()).isEqualTo(ActivityCategory.MODERATE);
    assertThat(sesCd.segmentSubscores())
        .containsExactly(
            Map.entry(SesCdSegment.ILEUM, 7),
            Map.entry(SesCdSegment.RIGHT, 3),
            Map.entry(SesCdSegment.TRANSVERSE, 0),
            Map.entry(SesCdSegment.LEFT, 0),
            Map.entry(SesCdSegment.RECTUM, 0));
    assertThat(sesCd.score().components()).hasSize(20);
    assertThat(sesCd.score().components().get("I.SESCD_ILEUM_NARROWING")).isEqualByComparingTo("1");
    assertThat(sesCd.unexploredSegments()).isEmpty();
    assertThat(sesCd.exceedsCommonMaximum()).isFalse();
    assertThat(sesCd.score().algorithm()).hasToString("SESCD/1");
  }

  @ParameterizedTest(name = "total {0}: {1}, flagged {2} ({3})")
  @CsvFileSource(resources = "/scoring/sescd-totals.csv", numLinesToSkip = 1)
  void categorisesAndFlagsEveryBoundaryTotal(
      int total, ActivityCategory category, boolean flagged, String why) {
    SesCdScore sesCd = complete(calculator.score(ScoreInput.of(gradesSumming(total))));

    assertThat(sesCd.score().total()).isEqualByComparingTo(BigDecimal.valueOf(total));
    assertThat(sesCd.score().category()).isEqualTo(category);
    assertThat(sesCd.exceedsCommonMaximum()).isEqualTo(flagged);
  }

  @Test
  void doesNotFlagAbove56WhenTheQueryThresholdIsThePlainMaximum() {
    SesCdCalculator plain = new SesCdCalculator(SesCdParameters.defaults().withCommonMaximum(60));

    assertThat(complete(plain.score(ScoreInput.of(gradesSumming(57)))).exceedsCommonMaximum())
        .isFalse();
  }

  @ParameterizedTest(name = "total {0}: {1} with bands 0-3 / 4-10 / 11-19 / 20+")
  @CsvSource({"3, REMISSION", "4, MILD", "10, MILD", "11, MODERATE", "19, MODERATE", "20, SEVERE"})
  void usesConfiguredCategoryBands(int total, ActivityCategory category) {
    SesCdCalculator other =
        new SesCdCalculator(
            SesCdParameters.defaults().withCategories(new CategoryBands(3, 10, 19)));

    assertThat(complete(other.score(ScoreInput.of(gradesSumming(total)))).score().category())
        .isEqualTo(category);
  }

  @Test
  void scoresExploredSegmentsAndNamesTheUnexploredOnesByDefault() {
    Map<String, String> values = gradesSumming(0);
    segment(values, SesCdSegment.ILEUM, 3, 3, 3, 3);
    segment(values, SesCdSegment.LEFT, 1, 0, 1, 0);
    notExplored(values, SesCdSegment.TRANSVERSE);
    notExplored(values, SesCdSegment.RECTUM);
    values.put(SesCdSegment.ILEUM.exploredOid(), "Y");

    SesCdScore sesCd = complete(calculator.score(ScoreInput.of(values)));

    assertThat(sesCd.score().total()).isEqualByComparingTo("14");
    assertThat(sesCd.unexploredSegments())
        .containsExactly(SesCdSegment.TRANSVERSE, SesCdSegment.RECTUM);
    assertThat(sesCd.segmentSubscore(SesCdSegment.RECTUM)).isEmpty();
    assertThat(sesCd.segmentSubscore(SesCdSegment.LEFT)).hasValue(2);
    assertThat(sesCd.score().components()).hasSize(12);
  }

  @Test
  void isIncompleteForAnUnexploredSegmentWhenTheProtocolRequiresAll() {
    SesCdCalculator strict =
        new SesCdCalculator(
            SesCdParameters.defaults()
                .withUnexploredSegments(SesCdParameters.UnexploredSegmentRule.INCOMPLETE));
    Map<String, String> values = gradesSumming(5);
    notExplored(values, SesCdSegment.RECTUM);

    var result = incomplete(strict.score(ScoreInput.of(values)));

    assertThat(result.itemOids()).containsExactly("I.SESCD_RECTUM_EXPLORED");
    assertThat(result.problems().get(0).kind()).isEqualTo(ItemProblem.Kind.NOT_ASSESSED);
    assertThat(complete(strict.score(ScoreInput.of(gradesSumming(5)))).score().total())
        .isEqualByComparingTo("5");
  }

  @Test
  void cannotScoreWhenNoSegmentWasExplored() {
    Map<String, String> values = new HashMap<>();
    for (SesCdSegment segment : SesCdSegment.values()) {
      notExplored(values, segment);
    }

    var result = incomplete(calculator.score(ScoreInput.of(values)));

    assertThat(result.itemOids())
        .containsExactly(
            "I.SESCD_ILEUM_EXPLORED",
            "I.SESCD_RIGHT_EXPLORED",
            "I.SESCD_TRANSVERSE_EXPLORED",
            "I.SESCD_LEFT_EXPLORED",
            "I.SESCD_RECTUM_EXPLORED");
  }

  @Test
  void rejectsGradesEnteredForAnUnexploredSegment() {
    Map<String, String> values = gradesSumming(0);
    values.put(SesCdSegment.LEFT.exploredOid(), "N");

    var result = incomplete(calculator.score(ScoreInput.of(values)));

    assertThat(result.itemOids())
        .containsExactly(
            "I.SESCD_LEFT_ULCER_SIZE",
            "I.SESCD_LEFT_ULCERATED_SURFACE",
            "I.SESCD_LEFT_AFFECTED_SURFACE",
            "I.SESCD_LEFT_NARROWING");
  }

  @Test
  void isIncompleteAndNamesEveryMissingOrInvalidGrade() {
    Map<String, String> values = gradesSumming(0);
    values.remove("I.SESCD_ILEUM_ULCER_SIZE");
    values.put("I.SESCD_RIGHT_NARROWING", "4");
    values.put("I.SESCD_RECTUM_AFFECTED_SURFACE", "1.5");
    values.put(SesCdSegment.TRANSVERSE.exploredOid(), "yes");

    var result = incomplete(calculator.score(ScoreInput.of(values)));

    assertThat(result.itemOids())
        .containsExactly(
            "I.SESCD_ILEUM_ULCER_SIZE",
            "I.SESCD_RIGHT_NARROWING",
            "I.SESCD_TRANSVERSE_EXPLORED",
            "I.SESCD_RECTUM_AFFECTED_SURFACE");
    assertThat(result.problems().get(0).kind()).isEqualTo(ItemProblem.Kind.MISSING);
    assertThat(result.problems().get(1).kind()).isEqualTo(ItemProblem.Kind.INVALID);
  }
}
