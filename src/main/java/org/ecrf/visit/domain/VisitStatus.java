package org.ecrf.visit.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a visit stands on a given day ("today"). Windows are inclusive at both ends. Decided in
 * this order: missed; no planned date; done or out of window (it has a date); upcoming, due or
 * overdue (by today).
 */
public enum VisitStatus {
  /** Marked as missed by the site. */
  MISSED,
  /**
   * No planned date: unscheduled and end-of-study visits, and every visit before the first
   * infusion. A date the visit already has is still shown.
   */
  NOT_SCHEDULED,
  /** Took place inside its window. */
  DONE,
  /** Took place outside its window: a protocol deviation to query. */
  OUT_OF_WINDOW,
  /** Not done, and today is before the window opens. */
  UPCOMING,
  /** Not done, and today is inside the window. */
  DUE,
  /** Not done, not marked missed, and the window has closed. */
  OVERDUE;

  /**
   * The status of a visit on {@code today}.
   *
   * @param missed whether the visit is marked missed
   * @param window its window; empty when it has no planned date
   * @param actualDate when it took place, if it did
   * @param today the day the status is for
   */
  public static VisitStatus of(
      boolean missed,
      Optional<VisitWindow> window,
      Optional<LocalDate> actualDate,
      LocalDate today) {
    if (missed) {
      return MISSED;
    }
    if (window.isEmpty()) {
      return NOT_SCHEDULED;
    }
    VisitWindow planned = window.get();
    if (actualDate.isPresent()) {
      return planned.contains(actualDate.get()) ? DONE : OUT_OF_WINDOW;
    }
    if (today.isBefore(planned.earliest())) {
      return UPCOMING;
    }
    return today.isAfter(planned.latest()) ? OVERDUE : DUE;
  }
}
