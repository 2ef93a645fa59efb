package org.ecrf.subject.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Which day of the birth month counts as the birthday, since only month and year of birth are
 * recorded (fewer identifying data). The choice decides the age near a birthday, and so whether a
 * child meets an age limit.
 *
 * <p>Issue 5 asks for {@link #FIRST_DAY_OF_MONTH} ({@link #DEFAULT}). It makes a child up to 30
 * days older than in fact: a child can reach a minimum age (e.g. 6 years) up to a month early, and
 * pass a maximum age up to a month early. {@link #MID_MONTH} halves that error; {@link
 * #LAST_DAY_OF_MONTH} never makes a child older than in fact.
 */
public enum BirthDayConvention {
  FIRST_DAY_OF_MONTH,
  MID_MONTH,
  LAST_DAY_OF_MONTH;

  /** The convention of issue 5: the first day of the birth month. */
  public static final BirthDayConvention DEFAULT = FIRST_DAY_OF_MONTH;

  /** The assumed date of birth in that month (the 1st, the 15th or the last day). */
  public LocalDate birthDate(YearMonth birthMonth) {
    return switch (this) {
      case FIRST_DAY_OF_MONTH -> birthMonth.atDay(1);
      case MID_MONTH -> birthMonth.atDay(15);
      case LAST_DAY_OF_MONTH -> birthMonth.atEndOfMonth();
    };
  }
}
