package org.ecrf.visit.domain;

/**
 * When a visit is planned, in days from day 0 (the first infusion), and how far it may deviate.
 * Comes from the study definition's extension attributes {@code edc:OffsetDays}, {@code
 * edc:WindowBeforeDays} and {@code edc:WindowAfterDays} on StudyEventDef.
 *
 * @param offsetDays the planned day; negative before day 0 (screening)
 * @param windowBeforeDays how many days earlier the visit still counts as in window, at least 0
 * @param windowAfterDays how many days later the visit still counts as in window, at least 0
 */
public record PlannedOffset(int offsetDays, int windowBeforeDays, int windowAfterDays) {

  public PlannedOffset {
    if (windowBeforeDays < 0 || windowAfterDays < 0) {
      throw new IllegalArgumentException(
          "Window days must not be negative, not "
              + windowBeforeDays
              + " before and "
              + windowAfterDays
              + " after");
    }
  }

  /** Day {@code offsetDays} with no window. */
  public static PlannedOffset day(int offsetDays) {
    return new PlannedOffset(offsetDays, 0, 0);
  }

  /** The last day of the window relative to day 0. */
  public int latestDay() {
    return offsetDays + windowAfterDays;
  }
}
