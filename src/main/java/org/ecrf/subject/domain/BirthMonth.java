package org.ecrf.subject.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A subject's month and year of birth, the only birth data recorded. Ages are computed from it with
 * a {@link BirthDayConvention} ({@link BirthDayConvention#DEFAULT}: the first of the month).
 *
 * @param value the month, from January 1900 on
 */
public record BirthMonth(YearMonth value) {

  public static final String FIELD = "birthMonth";
  private static final Pattern FORMAT = Pattern.compile("[0-9]{4}-[0-9]{2}");
  private static final YearMonth EARLIEST = YearMonth.of(1900, 1);

  public BirthMonth {
    Objects.requireNonNull(value, "value");
    if (value.isBefore(EARLIEST)) {
      throw new SubjectInputException(
          FIELD, "A birth month before 1900 is not plausible: " + value);
    }
  }

  /**
   * Reads {@code YYYY-MM}, e.g. {@code 2014-05}.
   *
   * @throws SubjectInputException (field {@code birthMonth}) naming the problem
   */
  public static BirthMonth parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (!FORMAT.matcher(trimmed).matches()) {
      throw new SubjectInputException(
          FIELD, "The birth month is written YYYY-MM, e.g. 2014-05, not '" + text + "'");
    }
    int month = Integer.parseInt(trimmed.substring(5));
    if (month < 1 || month > 12) {
      throw new SubjectInputException(
          FIELD, "The month must be 01 to 12, not " + trimmed.substring(5));
    }
    return new BirthMonth(YearMonth.of(Integer.parseInt(trimmed.substring(0, 4)), month));
  }

  /** Age in completed years on {@code date}, birthday on the first of the month. */
  public int ageInYearsAt(LocalDate date) {
    return ageInYearsAt(date, BirthDayConvention.DEFAULT);
  }

  /**
   * Age in completed years on {@code date}. A date in the birth month but before the assumed
   * birthday gives 0.
   *
   * @throws IllegalArgumentException when the date lies before the birth month
   */
  public int ageInYearsAt(LocalDate date, BirthDayConvention convention) {
    return age(date, convention).getYears();
  }

  /** Age in completed months on {@code date}, birthday on the first of the month. */
  public int ageInMonthsAt(LocalDate date) {
    return ageInMonthsAt(date, BirthDayConvention.DEFAULT);
  }

  /**
   * Age in completed months on {@code date}, for the youngest children. A date in the birth month
   * but before the assumed birthday gives 0.
   *
   * @throws IllegalArgumentException when the date lies before the birth month
   */
  public int ageInMonthsAt(LocalDate date, BirthDayConvention convention) {
    return (int) age(date, convention).toTotalMonths();
  }

  /** True when the month lies after the month of {@code today}: not born yet. */
  public boolean isAfter(LocalDate today) {
    return value.isAfter(YearMonth.from(today));
  }

  private Period age(LocalDate date, BirthDayConvention convention) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(value.atDay(1))) {
      throw new IllegalArgumentException(
          "The date " + date + " lies before the birth month " + value + ": no age");
    }
    LocalDate birthDate = convention.birthDate(value);
    return date.isBefore(birthDate) ? Period.ZERO : Period.between(birthDate, date);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
