package org.ecrf.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrf.scoring.domain.PcdaiCalculatorTest.normalItems;
import static org.ecrf.scoring.domain.PcdaiCalculatorTest.subjectAged;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** The PCDAI hematocrit item: age and sex bands, their disputed details, the age convention. */
class PcdaiHematocritTest {

  private final PcdaiCalculator calculator = new PcdaiCalculator(PcdaiParameters.defaults());

  private static Score complete(ScoreResult<Score> result) {
    assertThat(result).isInstanceOf(ScoreResult.Complete.class);
    return result.toOptional().orElseThrow();
  }

  private static ScoreResult.Incomplete<Score> incomplete(ScoreResult<Score> result) {
    assertThat(result).isInstanceOf(ScoreResult.Incomplete.class);
    return (ScoreResult.Incomplete<Score>) result;
  }

  @ParameterizedTest(name = "{4}: {0} aged {1}, HCT {2} % -> {3}")
  @CsvFileSource(resources = "/scoring/pcdai-hematocrit.csv", numLinesToSkip = 1)
  void scoresHematocritByAgeAndSexBand(
      Sex sex, int age, String hematocrit, BigDecimal points, String band) {
    Map<String, String> values = normalItems();
    values.put(PcdaiInputs.HCT, hematocrit);

    Score score = complete(calculator.score(ScoreInput.of(values, subjectAged(sex, age))));

    assertThat(score.components().get(PcdaiInputs.HCT)).isEqualByComparingTo(points);
    assertThat(score.total()).isEqualByComparingTo(points);
  }

  @ParameterizedTest(name = "{0} aged {1}, HCT {2}: {3} by default, {4} with child band < 10")
  @CsvSource({
    "MALE, 10, 33, 0, 2.5",
    "MALE, 10, 34, 0, 2.5",
    "MALE, 10, 35, 0, 0",
    "MALE, 10, 29.9, 2.5, 5",
    "FEMALE, 10, 33, 0, 2.5",
    "FEMALE, 10, 34, 0, 0",
    "FEMALE, 10, 28.5, 2.5, 5",
    "MALE, 9, 33, 0, 0"
  })
  void scoresAgeTenInTheBandTheParameterChooses(
      Sex sex, int age, BigDecimal hematocrit, BigDecimal byDefault, BigDecimal childBandBelow10) {
    PcdaiCalculator literal =
        new PcdaiCalculator(
            PcdaiParameters.defaults()
                .withHematocrit(new HematocritParameters(9, Comparison.AT_LEAST)));

    assertThat(calculator.hematocritPoints(hematocrit, sex, age)).isEqualByComparingTo(byDefault);
    assertThat(literal.hematocritPoints(hematocrit, sex, age))
        .isEqualByComparingTo(childBandBelow10);
  }

  @ParameterizedTest(name = "child HCT {0}: {1} with >= 33, {2} with > 33")
  @CsvSource({"32.9, 2.5, 2.5", "33, 0, 2.5", "33.1, 0, 0"})
  void scoresTheChildNormalCutPointUnderEitherComparison(
      BigDecimal hematocrit, BigDecimal atLeast, BigDecimal above) {
    PcdaiCalculator printedAbove =
        new PcdaiCalculator(
            PcdaiParameters.defaults()
                .withHematocrit(new HematocritParameters(10, Comparison.ABOVE)));

    assertThat(calculator.hematocritPoints(hematocrit, Sex.MALE, 6)).isEqualByComparingTo(atLeast);
    assertThat(printedAbove.hematocritPoints(hematocrit, Sex.MALE, 6)).isEqualByComparingTo(above);
  }

  @Test
  void keepsGreaterOrEqualForAdolescentBandsWhateverTheChildSetting() {
    PcdaiCalculator printedAbove =
        new PcdaiCalculator(
            PcdaiParameters.defaults()
                .withHematocrit(new HematocritParameters(10, Comparison.ABOVE)));

    assertThat(printedAbove.hematocritPoints(new BigDecimal("34"), Sex.FEMALE, 12))
        .isEqualByComparingTo("0");
  }

  @Test
  void takesTheFirstDayOfTheBirthMonthForTheHematocritBand() {
    Map<String, String> values = normalItems();
    values.put(PcdaiInputs.HCT, "34");
    YearMonth born = YearMonth.of(2013, 7);
    ScoreInput lastDayAged10 =
        ScoreInput.of(values, new SubjectContext(Sex.MALE, born, LocalDate.of(2024, 6, 30)));
    ScoreInput firstDayAged11 =
        ScoreInput.of(values, new SubjectContext(Sex.MALE, born, LocalDate.of(2024, 7, 1)));

    assertThat(complete(calculator.score(lastDayAged10)).total()).isEqualByComparingTo("0");
    assertThat(complete(calculator.score(firstDayAged11)).total()).isEqualByComparingTo("2.5");
  }

  @Test
  void cannotScoreTheHematocritFromAge20() {
    var result =
        incomplete(calculator.score(ScoreInput.of(normalItems(), subjectAged(Sex.MALE, 20))));

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.itemOid()).isEqualTo(PcdaiInputs.HCT);
              assertThat(problem.detail()).contains("age 20");
            });
    assertThat(
            complete(calculator.score(ScoreInput.of(normalItems(), subjectAged(Sex.MALE, 19))))
                .total())
        .isEqualByComparingTo("0");
  }
}
