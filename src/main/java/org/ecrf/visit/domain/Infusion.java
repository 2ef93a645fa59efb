package org.ecrf.visit.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An infusion actually given.
 *
 * @param visitOid the visit it was given at, e.g. {@code SE.WEEK14}
 * @param date the day it was given
 * @param nextIntervalWeeks the interval decided at this infusion for the next one, when it differs
 *     from the protocol's (e.g. the trough-level-guided arm shortening 8 to 6 weeks; intervals of 2
 *     to 4 weeks shorter are used in trials, ibd-trial-spec.md §1.5); empty to follow the protocol
 */
public record Infusion(String visitOid, LocalDate date, OptionalInt nextIntervalWeeks) {

  /** Longest interval accepted, to catch typing errors (a year). */
  public static final int MAXIMUM_INTERVAL_WEEKS = 52;

  public Infusion {
    Objects.requireNonNull(visitOid, "visitOid");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(nextIntervalWeeks, "nextIntervalWeeks");
    nextIntervalWeeks.ifPresent(
        weeks -> {
          if (weeks < 1 || weeks > MAXIMUM_INTERVAL_WEEKS) {
            throw new IllegalArgumentException(
                "The interval decided at "
                    + visitOid
                    + " must be 1 to "
                    + MAXIMUM_INTERVAL_WEEKS
                    + " weeks, not "
                    + weeks);
          }
        });
  }

  /** An infusion that keeps the protocol's interval. */
  public static Infusion at(String visitOid, LocalDate date) {
    return new Infusion(visitOid, date, OptionalInt.empty());
  }

  /** An infusion after which the next one is due after {@code weeks} weeks. */
  public static Infusion withNextInterval(String visitOid, LocalDate date, int weeks) {
    return new Infusion(visitOid, date, OptionalInt.of(weeks));
  }
}
