package org.ecrf.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run, as a Markdown report with each target beside its figure. */
final class BenchReport {

  private final BenchSettings settings;
  private final Instant started;
  private final List<String> rows = new ArrayList<>();
  private final List<String> latencies = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  BenchReport(BenchSettings settings, Instant started) {
    this.settings = settings;
    this.started = started;
  }

  void startUp(Duration startUp) {
    figure(
        "start-up (process start to first page)",
        seconds(startUp.toNanos()),
        "≤ 30 s",
        startUp.toSeconds() <= 30);
  }

  void generated(TopitStudyGenerator.Generated study) {
    double formsPerSecond = study.formsImported() / (study.importNanos() / 1e9);
    figure(
        "ODM ClinicalData import ("
            + study.formsImported()
            + " forms of "
            + study.children().size()
            + " subjects, "
            + TopitStudyGenerator.UPLOADS_AT_A_TIME
            + " files at a time)",
        String.format(Locale.ROOT, "%.0f forms/s", formsPerSecond),
        "≥ 150 forms/s",
        formsPerSecond >= 150);
  }

  void mixed(LoadRun run, long nanos) {
    latency(run.open, 50, "mixed");
    latency(run.save, 40, "mixed");
    latency(run.read, Double.NaN, "mixed");
    double rounds = run.save.count() / (nanos / 1e9);
    figure(
        "rounds (open + save + read) with " + settings.users() + " users",
        String.format(Locale.ROOT, "%.1f rounds/s", rounds),
        "",
        true);
  }

  void throughput(LoadRun saves, long nanos, double rawPerSecond) {
    latency(saves.save, 40, "saves only");
    double perSecond = saves.save.count() / (nanos / 1e9);
    double ratio = perSecond / rawPerSecond;
    figure(
        "save throughput, saves only, " + settings.users() + " users",
        String.format(Locale.ROOT, "%.1f saves/s", perSecond),
        "",
        true);
    figure(
        "raw MariaDB, same users, 1 transaction of "
            + RawMariaDbBaseline.ROWS_PER_SAVE
            + " rows per save",
        String.format(Locale.ROOT, "%.1f transactions/s", rawPerSecond),
        "",
        true);
    figure(
        "save throughput / raw MariaDB",
        String.format(Locale.ROOT, "%.0f %%", 100 * ratio),
        "≥ 50 %",
        ratio >= 0.5);
  }

  void resilience(KillDuringSaves.Outcome outcome) {
    figure(
        "kill -9 of launcher, server and database during saves, then restart: acknowledged saves"
            + " found in the audit trail",
        (outcome.acknowledged() - outcome.missing()) + " of " + outcome.acknowledged(),
        "all",
        outcome.missing() == 0);
    figure(
        "after the restart: stored value = last audited value; audit chain verifies",
        outcome.storedMismatches()
            + " mismatches; chain "
            + (outcome.chainValid() ? "valid" : "BROKEN"),
        "0; valid",
        outcome.storedMismatches() == 0 && outcome.chainValid());
    if (!outcome.passed()) {
      errors.add("resilience: " + outcome);
    }
  }

  /**
   * The exports' times and heap. The targets are set for 1,000 subjects (full TOPIT ODM ≤ 30 s,
   * heap ≤ 512 MB); at another size the time target is scaled by the number of subjects.
   */
  void exports(List<ExportTimings.Timing> timings, int subjects) {
    double scaledLimit = 30.0 * subjects / 1000;
    for (ExportTimings.Timing timing : timings) {
      String heap =
          timing.peakHeapMegabytes() < 0
              ? "no collection"
              : timing.peakHeapMegabytes() + " MB heap";
      boolean odm = timing.path().endsWith("odm");
      figure(
          "GET "
              + timing.path()
              + " ("
              + subjects
              + " subjects, "
              + String.format(Locale.ROOT, "%.1f MB", timing.bytes() / 1e6)
              + ", HTTP "
              + timing.status()
              + ")",
          seconds(timing.nanos()) + "; " + heap,
          (odm ? String.format(Locale.ROOT, "≤ %.1f s; ", scaledLimit) : "") + "≤ 512 MB",
          timing.status() == 200
              && (!odm || timing.nanos() / 1e9 <= scaledLimit)
              && timing.peakHeapMegabytes() <= 512);
      if (timing.status() != 200) {
        errors.add("export " + timing.path() + " answered " + timing.status());
      }
    }
  }

  List<String> errors() {
    return List.copyOf(errors);
  }

  String markdown() {
    return "# Benchmark report\n\n"
        + "Run of "
        + started
        + ": "
        + settings.subjects()
        + " subjects, "
        + settings.users()
        + " concurrent users, "
        + settings.rounds()
        + " rounds each, seed "
        + settings.seed()
        + "; machine: "
        + Runtime.getRuntime().availableProcessors()
        + " cores, Java "
        + System.getProperty("java.version")
        + ".\n\n"
        + "| Figure | Value | Target | Met |\n|---|---|---|---|\n"
        + String.join("\n", rows)
        + "\n\n"
        + "| Operation | n | p50 | p95 | p99 | errors |\n|---|---|---|---|---|---|\n"
        + String.join("\n", latencies)
        + "\n"
        + (errors.isEmpty()
            ? ""
            : "\nFirst errors:\n\n- "
                + String.join("\n- ", errors.stream().limit(5).toList())
                + "\n");
  }

  private void latency(LatencyStats stats, double targetP95Millis, String phase) {
    latencies.add(
        "| "
            + stats.operation()
            + ", "
            + phase
            + " | "
            + stats.count()
            + " | "
            + Benchmark.millis(stats.percentileMillis(50))
            + " | "
            + Benchmark.millis(stats.percentileMillis(95))
            + " | "
            + Benchmark.millis(stats.percentileMillis(99))
            + " | "
            + stats.errors().size()
            + " |");
    errors.addAll(stats.errors());
    if (!Double.isNaN(targetP95Millis)) {
      double p95 = stats.percentileMillis(95);
      figure(
          "p95 " + stats.operation() + ", " + phase,
          Benchmark.millis(p95),
          "≤ " + (int) targetP95Millis + " ms",
          p95 <= targetP95Millis);
    }
  }

  private void figure(String what, String value, String target, boolean met) {
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

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
