package org.ecrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatencyStatsTest {

  @ParameterizedTest(name = "p{0} of 1..100 ms = {1} ms")
  @CsvSource({"50, 50", "95, 95", "99, 99", "100, 100", "1, 1", "0.5, 1"})
  void percentilesAreNearestRankOverTheRecordedLatencies(double percentile, double expected) {
    LatencyStats stats = new LatencyStats("save");
    for (int ms = 100; ms >= 1; ms--) {
      stats.record(ms * 1_000_000L);
    }

    assertThat(stats.percentileMillis(percentile)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} samples: p95 is sample {1}")
  @CsvSource({"1, 1", "19, 19", "20, 19", "21, 20", "40, 38"})
  void theP95OfFewSamplesIsTheSmallestWithAtMostFivePercentAbove(int samples, int expectedMs) {
    LatencyStats stats = new LatencyStats("open");
    for (int ms = 1; ms <= samples; ms++) {
      stats.record(ms * 1_000_000L);
    }

    assertThat(stats.percentileMillis(95)).isEqualTo(expectedMs);
  }

  @org.junit.jupiter.api.Test
  void errorsAreCountedApartFromLatencies() {
    LatencyStats stats = new LatencyStats("read");
    stats.record(5_000_000L);
    stats.error("status 500");

    assertThat(stats.count()).isEqualTo(1);
    assertThat(stats.errors()).containsExactly("status 500");
  }
}
