package org.ecrf.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectContextTest {

  @ParameterizedTest(name = "born {0}, on {1}: {2} years")
  @CsvSource({
    "2014-03, 2014-03-01, 0",
    "2014-03, 2024-02-29, 9",
    "2014-03, 2024-03-01, 10",
    "2014-03, 2024-03-31, 10",
    "2012-02, 2024-02-01, 12",
    "2012-02, 2024-01-31, 11",
    "2008-12, 2024-11-30, 15",
    "2008-12, 2024-12-01, 16"
  })
  void countsCompletedYearsFromTheFirstDayOfTheBirthMonth(
      String birthMonth, String date, int years) {
    SubjectContext subject =
        new SubjectContext(Sex.MALE, YearMonth.parse(birthMonth), LocalDate.parse(date));

    assertThat(subject.ageAtAssessment()).isEqualTo(years);
    assertThat(SubjectContext.completedYears(YearMonth.parse(birthMonth), LocalDate.parse(date)))
        .isEqualTo(years);
  }

  @Test
  void assumesTheFirstDayOfTheBirthMonth() {
    assertThat(SubjectContext.assumedBirthDate(YearMonth.of(2015, 11)))
        .isEqualTo(LocalDate.of(2015, 11, 1));
  }

  @Test
  void refusesADateBeforeBirth() {
    assertThatThrownBy(
            () -> SubjectContext.completedYears(YearMonth.of(2015, 11), LocalDate.of(2015, 10, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2015-11-01");
  }

  @Test
  void needsBirthMonthAndAssessmentDateForAnAge() {
    assertThatThrownBy(
            () -> new SubjectContext(Sex.FEMALE, null, LocalDate.of(2024, 1, 1)).ageAtAssessment())
        .isInstanceOf(IllegalStateException.class);
  }
}
