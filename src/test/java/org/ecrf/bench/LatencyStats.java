package org.ecrf.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latencies of one kind of operation, collected from many threads, with nearest-rank percentiles
 * (p95 is the smallest latency at or above which 5% of the operations lie).
 */
final class LatencyStats {

  private final String operation;
  private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

  LatencyStats(String operation) {
    this.operation = operation;
  }

  void record(long elapsedNanos) {
    nanos.add(elapsedNanos);
  }

  void error(String what) {
    errors.add(what);
  }

  String operation() {
    return operation;
  }

  int count() {
    return nanos.size();
  }

  List<String> errors() {
    return List.copyOf(errors);
  }

  /** The p-th percentile in milliseconds (nearest rank); 0 without samples. */
  double percentileMillis(double p) {
    List<Long> sorted;
    synchronized (nanos) {
      sorted = new ArrayList<>(nanos);
    }
    if (sorted.isEmpty()) {
      return 0;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
  }
}
