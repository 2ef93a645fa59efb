package org.ecrf.crf.domain;

/**
 * When a scheduled visit should take place: a day relative to the anchor, with a window.
 *
 * @param anchor what day 0 is
 * @param offsetDays the planned day (negative before the anchor, e.g. screening)
 * @param windowBeforeDays how many days earlier the visit may be, at least 0
 * @param windowAfterDays how many days later the visit may be, at least 0
 */
public record PlannedDay(
    AnchorKind anchor, int offsetDays, int windowBeforeDays, int windowAfterDays) {

  public PlannedDay {
    if (windowBeforeDays < 0 || windowAfterDays < 0) {
      throw new IllegalArgumentException("Visit window days must not be negative");
    }
  }

  /** The first day of the window, relative to the anchor. */
  public int earliestDay() {
    return offsetDays - windowBeforeDays;
  }

  /** The last day of the window, relative to the anchor. */
  public int latestDay() {
    return offsetDays + windowAfterDays;
  }
}
