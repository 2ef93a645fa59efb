package org.ecrf.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UceisCalculatorTest {

  private final UceisCalculator calculator = new UceisCalculator(UceisParameters.defaults());

  private static ScoreInput uceis(String vascular, String bleeding, String erosions) {
    return ScoreInput.of(
        Map.of(
            UceisInputs.VASCULAR, vascular,
            UceisInputs.BLEEDING, bleeding,
            UceisInputs.EROSIONS, erosions));
  }

  @ParameterizedTest(name = "{0}+{1}+{2} = {3}: {4}; without a severe band: {5}")
  @CsvSource({
    "0, 0, 0, 0, REMISSION, REMISSION",
    "1, 0, 0, 1, REMISSION, REMISSION",
    "1, 1, 0, 2, MILD, MILD",
    "1, 2, 1, 4, MILD, MILD",
    "2, 2, 1, 5, MODERATE, MODERATE",
    "2, 2, 2, 6, MODERATE, MODERATE",
    "2, 3, 2, 7, SEVERE, MODERATE",
    "2, 3, 3, 8, SEVERE, MODERATE"
  })
  void sumsTheDescriptorsAndCategorisesAtEveryCutPoint(
      String vascular,
      String bleeding,
      String erosions,
      int total,
      ActivityCategory category,
      ActivityCategory cliotBands) {
    UceisCalculator cliot = new UceisCalculator(new UceisParameters(new CategoryBands(1, 4, 8)));

    Score score = calculator.score(uceis(vascular, bleeding, erosions)).toOptional().orElseThrow();

    assertThat(score.total()).isEqualByComparingTo(Integer.toString(total));
    assertThat(score.category()).isEqualTo(category);
    assertThat(score.components())
        .containsOnlyKeys("I.UCEIS_VASCULAR", "I.UCEIS_BLEEDING", "I.UCEIS_EROSIONS");
    assertThat(
            cliot.score(uceis(vascular, bleeding, erosions)).toOptional().orElseThrow().category())
        .isEqualTo(cliotBands);
  }

  @ParameterizedTest(name = "{0}/{1}/{2} names {3}")
  @CsvSource({
    "3, 0, 0, I.UCEIS_VASCULAR",
    "0, 4, 0, I.UCEIS_BLEEDING",
    "0, 0, 4, I.UCEIS_EROSIONS",
    "-1, 0, 0, I.UCEIS_VASCULAR",
    "1.0, 0, 0, I.UCEIS_VASCULAR"
  })
  void rejectsGradesOutsideTheZeroBasedScale(
      String vascular, String bleeding, String erosions, String invalidOid) {
    var result =
        (ScoreResult.Incomplete<Score>) calculator.score(uceis(vascular, bleeding, erosions));

    assertThat(result.itemOids()).containsExactly(invalidOid);
    assertThat(result.problems().get(0).kind()).isEqualTo(ItemProblem.Kind.INVALID);
  }

  @Test
  void isIncompleteAndNamesEveryMissingDescriptor() {
    var result =
        (ScoreResult.Incomplete<Score>)
            calculator.score(ScoreInput.of(Map.of(UceisInputs.BLEEDING, "1")));

    assertThat(result.itemOids()).containsExactly("I.UCEIS_VASCULAR", "I.UCEIS_EROSIONS");
    assertThat(result.algorithm()).hasToString("UCEIS/1");
  }
}
