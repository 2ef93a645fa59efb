package org.ecrf.visit.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days on which a visit counts as on time. Both ends are inclusive: a visit on {@code earliest}
 * or on {@code latest} is in the window.
 *
 * @param earliest the first day of the window
 * @param latest the last day of the window, not before {@code earliest}
 */
public record VisitWindow(LocalDate earliest, LocalDate latest) {

  public VisitWindow {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException(
          "A window ending " + latest + " cannot start later, on " + earliest);
    }
  }

  /** The window of a visit planned on {@code planned} with this offset's margins. */
  public static VisitWindow around(LocalDate planned, PlannedOffset offset) {
    return new VisitWindow(
        planned.minusDays(offset.windowBeforeDays()), planned.plusDays(offset.windowAfterDays()));
  }

  /** True when the day lies in the window, ends included. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(earliest) && !day.isAfter(latest);
  }
}
