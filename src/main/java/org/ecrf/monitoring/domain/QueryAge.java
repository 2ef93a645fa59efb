package org.ecrf.monitoring.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a query has waited, in whole days since it was raised, and the band the monitoring
 * dashboard counts it in (issue 7: open queries by age; bands under 7 days, 7 to 30 days, over 30
 * days).
 */
public enum QueryAge {
  /** 0 to 6 whole days. */
  UNDER_7_DAYS,
  /** 7 to 30 whole days. */
  DAYS_7_TO_30,
  /** 31 whole days or more. */
  OVER_30_DAYS;

  /** Whole days from {@code raisedAt} to {@code now} (0 on the day it was raised). */
  public static long days(Instant raisedAt, Instant now) {
    if (now.isBefore(raisedAt)) {
      return 0;
    }
    return Duration.between(raisedAt, now).toDays();
  }

  /** The band of an age in whole days. */
  public static QueryAge of(long days) {
    if (days < 0) {
      throw new IllegalArgumentException("An age is never negative, not " + days);
    }
    if (days < 7) {
      return UNDER_7_DAYS;
    }
    return days <= 30 ? DAYS_7_TO_30 : OVER_30_DAYS;
  }
}
