package org.ecrf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One section of the benchmark report: a table of figures, each beside its target, and a table of
 * latencies; failed operations go to the report's list of errors.
 */
final class ReportSection {

  private final String title;
  private final List<String> errors;
  private final List<String> rows = new ArrayList<>();
  private final List<String> latencies = new ArrayList<>();

  /**
   * @param title the section's heading; empty for none
   * @param errors the report's list, to which failed operations are added
   */
  ReportSection(String title, List<String> errors) {
    this.title = title;
    this.errors = errors;
  }

  boolean isEmpty() {
    return rows.isEmpty() && latencies.isEmpty();
  }

  /** A figure with its target; an empty target means none (the figure is for information). */
  void figure(String what, String value, String target, boolean met) {
    rows.add(
        "| "
            + what
            + " | "
            + value
            + " | "
            + target
            + " | "
            + (target.isEmpty() ? "" : met ? "yes" : "**no**")
            + " |");
  }

  /** The latencies of an operation, and its p95 as a figure when it has a target. */
  void latency(LatencyStats stats, double targetP95Millis, String phase) {
    latencies.add(
        "| "
            + stats.operation()
            + ", "
            + phase
            + " | "
            + stats.count()
            + " | "
            + millis(stats.percentileMillis(50))
            + " | "
            + millis(stats.percentileMillis(95))
            + " | "
            + millis(stats.percentileMillis(99))
            + " | "
            + stats.errors().size()
            + " |");
    errors.addAll(stats.errors());
    if (!Double.isNaN(targetP95Millis)) {
      double p95 = stats.percentileMillis(95);
      figure(
          "p95 " + stats.operation() + ", " + phase,
          millis(p95),
          "≤ " + (int) targetP95Millis + " ms",
          p95 <= targetP95Millis);
    }
  }

  String markdown() {
    StringBuilder text = new StringBuilder();
    if (!title.isEmpty()) {
      text.append("## ").append(title).append("\n\n");
    }
    if (!rows.isEmpty()) {
      text.append("| Figure | Value | Target | Met |\n|---|---|---|---|\n")
          .append(String.join("\n", rows))
          .append("\n\n");
    }
    if (!latencies.isEmpty()) {
      text.append("| Operation | n | p50 | p95 | p99 | errors |\n|---|---|---|---|---|---|\n")
          .append(String.join("\n", latencies))
          .append("\n\n");
    }
    return text.toString();
  }

  static String millis(double value) {
    return String.format(Locale.ROOT, "%.1f ms", value);
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
