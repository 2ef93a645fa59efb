package org.ecrf.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryAgeTest {

  @ParameterizedTest(name = "{0} days: {1}")
  @CsvSource({
    "0, UNDER_7_DAYS",
    "6, UNDER_7_DAYS",
    "7, DAYS_7_TO_30",
    "30, DAYS_7_TO_30",
    "31, OVER_30_DAYS",
    "400, OVER_30_DAYS"
  })
  void bandsAnAgeWithSevenAndThirtyDaysInTheMiddleBand(long days, QueryAge band) {
    assertThat(QueryAge.of(days)).isEqualTo(band);
  }

  @ParameterizedTest(name = "{0} -> {1}: {2} days")
  @CsvSource({
    "2026-03-01T10:00:00Z, 2026-03-01T23:59:59Z, 0",
    "2026-03-01T10:00:00Z, 2026-03-02T09:59:59Z, 0",
    "2026-03-01T10:00:00Z, 2026-03-02T10:00:00Z, 1",
    "2026-03-01T10:00:00Z, 2026-03-08T10:00:00Z, 7",
    "2026-03-01T10:00:00Z, 2026-02-28T10:00:00Z, 0"
  })
  void countsWholeDaysSinceTheQueryWasRaised(Instant raised, Instant now, long days) {
    assertThat(QueryAge.days(raised, now)).isEqualTo(days);
  }

  @Test
  void refusesANegativeAge() {
    assertThatThrownBy(() -> QueryAge.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
