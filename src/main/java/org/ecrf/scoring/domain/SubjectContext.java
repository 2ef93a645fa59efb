package org.ecrf.scoring.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/**
 * What a score needs to know about the subject rather than the form: sex, month of birth and the
 * date of the assessment (the visit or sample date, supplied by the caller; never the clock). Any
 * component may be {@code null} when unknown; a score that needs it is then incomplete and names it
 * by the keys below.
 *
 * <p><b>Birth-date convention.</b> The platform stores only month and year of birth. Ages are
 * computed in completed years with the <em>first day of the birth month</em> taken as the date of
 * birth ({@link #assumedBirthDate(YearMonth)}). A child therefore reaches each age on the first of
 * the birth month, up to 30 days before the real birthday; the same rule is used for every
 * age-based rule (PCDAI hematocrit band, Paris age at diagnosis) so results are reproducible.
 */
public record SubjectContext(Sex sex, YearMonth birthMonth, LocalDate assessmentDate) {

  /** Names the subject's sex in an incomplete result. */
  public static final String SEX_KEY = "SUBJECT.SEX";

  /** Names the subject's month of birth in an incomplete result. */
  public static final String BIRTH_MONTH_KEY = "SUBJECT.BIRTH_MONTH";

  /** Names the assessment date in an incomplete result. */
  public static final String ASSESSMENT_DATE_KEY = "SUBJECT.ASSESSMENT_DATE";

  /** A subject about whom nothing is known (enough for scores that need no subject facts). */
  public static SubjectContext unknown() {
    return new SubjectContext(null, null, null);
  }

  /** The date of birth assumed under the first-day-of-birth-month convention. */
  public static LocalDate assumedBirthDate(YearMonth birthMonth) {
    return birthMonth.atDay(1);
  }

  /**
   * Age in completed years on {@code date}, born on the first day of {@code birthMonth}.
   *
   * @throws IllegalArgumentException when the date lies before that assumed date of birth
   */
  public static int completedYears(YearMonth birthMonth, LocalDate date) {
    LocalDate birthDate = assumedBirthDate(birthMonth);
    if (date.isBefore(birthDate)) {
      throw new IllegalArgumentException(
          "The date " + date + " lies before the assumed date of birth " + birthDate);
    }
    return Period.between(birthDate, date).getYears();
  }

  /**
   * Age in completed years on the assessment date.
   *
   * @throws IllegalStateException when month of birth or assessment date is unknown
   */
  public int ageAtAssessment() {
    if (birthMonth == null || assessmentDate == null) {
      throw new IllegalStateException("Age needs both month of birth and assessment date");
    }
    return completedYears(birthMonth, assessmentDate);
  }
}
