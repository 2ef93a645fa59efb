package org.ecrf.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class MayoCalculatorTest {

  private final MayoCalculator calculator = new MayoCalculator();

  private static ScoreInput mayo(String stools, String bleeding, String endoscopy, String global) {
    return ScoreInput.of(
        Map.of(
            MayoInputs.STOOL_FREQUENCY, stools,
            MayoInputs.RECTAL_BLEEDING, bleeding,
            MayoInputs.ENDOSCOPY, endoscopy,
            MayoInputs.PHYSICIAN_GLOBAL, global));
  }

  /** "stools bleeding endoscopy global", for example "3 2 2 2". */
  private MayoScore mayo(String subscores) {
    String[] s = subscores.split(" ");
    return calculator.score(mayo(s[0], s[1], s[2], s[3])).toOptional().orElseThrow();
  }

  @ParameterizedTest(name = "{8}")
  @CsvFileSource(resources = "/scoring/mayo-scores.csv", numLinesToSkip = 1)
  void scoresCategorisesAndFlagsRemissionAndHealing(
      String stools,
      String bleeding,
      String endoscopy,
      String global,
      int total,
      ActivityCategory category,
      boolean remission,
      boolean mucosalHealing,
      String how) {
    MayoScore score =
        calculator.score(mayo(stools, bleeding, endoscopy, global)).toOptional().orElseThrow();

    assertThat(score.score().total()).isEqualByComparingTo(Integer.toString(total));
    assertThat(score.score().category()).isEqualTo(category);
    assertThat(score.remission()).isEqualTo(remission);
    assertThat(score.mucosalHealing()).isEqualTo(mucosalHealing);
    assertThat(score.score().components().keySet()).containsExactlyElementsOf(MayoInputs.ITEMS);
  }

  @ParameterizedTest(name = "{3}")
  @CsvFileSource(resources = "/scoring/mayo-response.csv", numLinesToSkip = 1)
  void assessesResponseByPointsPercentAndBleeding(
      String baseline, String current, boolean response, String how) {
    ResponseAssessment assessment = calculator.assessResponse(mayo(baseline), mayo(current));

    assertThat(assessment.response()).isEqualTo(response);
    assertThat(assessment.algorithm()).hasToString("MAYO/1");
  }

  @Test
  void isIncompleteAndNamesEveryMissingOrInvalidSubscore() {
    var result =
        (ScoreResult.Incomplete<MayoScore>)
            calculator.score(
                ScoreInput.of(Map.of(MayoInputs.RECTAL_BLEEDING, "4", MayoInputs.ENDOSCOPY, "2")));

    assertThat(result.itemOids())
        .containsExactly("I.MAYO_STOOL_FREQ", "I.MAYO_RECTAL_BLEEDING", "I.MAYO_PGA");
  }
}
