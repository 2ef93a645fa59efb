package org.ecrf.subject.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BirthMonthTest {

  @ParameterizedTest(name = "born {0}, on {1} with {2}: {3} years, {4} months")
  @CsvFileSource(resources = "/subject/ages.csv", numLinesToSkip = 1)
  void computesCompletedYearsAndMonths(
      String birthMonth, LocalDate date, BirthDayConvention convention, int years, int months) {
    BirthMonth month = BirthMonth.parse(birthMonth);
    assertThat(month.ageInYearsAt(date, convention)).isEqualTo(years);
    assertThat(month.ageInMonthsAt(date, convention)).isEqualTo(months);
  }

  @Test
  void theDefaultConventionIsTheFirstDayOfTheBirthMonth() {
    BirthMonth month = BirthMonth.parse("2014-05");
    assertThat(BirthDayConvention.DEFAULT).isEqualTo(BirthDayConvention.FIRST_DAY_OF_MONTH);
    assertThat(month.ageInYearsAt(LocalDate.of(2020, 5, 1))).isEqualTo(6);
    assertThat(month.ageInMonthsAt(LocalDate.of(2020, 4, 30))).isEqualTo(71);
  }

  @ParameterizedTest
  @CsvSource({
    "FIRST_DAY_OF_MONTH, 2014-05-01",
    "MID_MONTH, 2014-05-15",
    "LAST_DAY_OF_MONTH, 2014-05-31"
  })
  void eachConventionNamesItsBirthday(BirthDayConvention convention, LocalDate birthday) {
    assertThat(convention.birthDate(YearMonth.of(2014, 5))).isEqualTo(birthday);
  }

  @Test
  void rejectsDatesBeforeTheBirthMonth() {
    assertThatThrownBy(() -> BirthMonth.parse("2014-05").ageInYearsAt(LocalDate.of(2014, 4, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The date 2014-04-30 lies before the birth month 2014-05: no age");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2014-5", "05-2014", "2014/05", "201405", "2014-05-01", "", "May 2014"})
  void rejectsOtherFormats(String text) {
    assertThatThrownBy(() -> BirthMonth.parse(text))
        .isInstanceOf(SubjectInputException.class)
        .hasMessageContaining("birthMonth: The birth month is written YYYY-MM");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2014-00 | The month must be 01 to 12, not 00",
        "2014-13 | The month must be 01 to 12, not 13",
        "1899-12 | A birth month before 1900 is not plausible: 1899-12"
      })
  void rejectsImpossibleMonths(String text, String message) {
    assertThatThrownBy(() -> BirthMonth.parse(text)).hasMessage("birthMonth: " + message);
  }

  @Test
  void knowsWhetherItLiesAfterAGivenDay() {
    BirthMonth month = BirthMonth.parse(" 2025-06 ");
    assertThat(month.isAfter(LocalDate.of(2025, 6, 1))).isFalse();
    assertThat(month.isAfter(LocalDate.of(2025, 5, 31))).isTrue();
  }
}
