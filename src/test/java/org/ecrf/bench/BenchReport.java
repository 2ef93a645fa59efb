package org.ecrf.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark run, as a Markdown report with each target beside its figure: the
 * TOPIT shape, the peer-comparable shape, and the resilience checks, each in a section of its own.
 */
final class BenchReport {

  private final BenchSettings settings;
  private final Instant started;
  private final List<String> errors = new ArrayList<>();
  private final ReportSection topit;
  private final ReportSection peer;
  private final ReportSection resilience;
  private final ReportSection connectionLoss;

  BenchReport(BenchSettings settings, Instant started) {
    this.settings = settings;
    this.started = started;
    this.topit = new ReportSection("TOPIT shape", errors);
    this.peer =
        new ReportSection(
            "Peer shape (" + settings.peerSubjects() + " × 3 visits × 10 items)", errors);
    this.resilience = new ReportSection("Power cut (kill -9 during saves)", errors);
    this.connectionLoss = new ReportSection("Connection loss", errors);
  }

  void startUp(Duration startUp) {
    topit.figure(
        "start-up (process start to first page)",
        ReportSection.seconds(startUp.toNanos()),
        "≤ 30 s",
        startUp.toSeconds() <= 30);
  }

  void generated(TopitStudyGenerator.Generated study) {
    importRate(topit, study);
  }

  /** Users as fast as they can go: what the server can do, latency as queueing makes it. */
  void saturated(LoadRun run, long nanos) {
    mixed(topit, run, nanos, false);
  }

  /** Users at the set pace: the latency targets are judged here. */
  void paced(LoadRun run, long nanos) {
    mixed(topit, run, nanos, true);
  }

  void throughput(LoadRun saves, long nanos, double rawPerSecond) {
    topit.latency(saves.save, Double.NaN, "saves only, as fast as possible");
    double perSecond = saves.save.count() / (nanos / 1e9);
    double ratio = perSecond / rawPerSecond;
    topit.figure(
        "save throughput, saves only, " + settings.users() + " users",
        String.format(Locale.ROOT, "%.1f saves/s", perSecond),
        "",
        true);
    topit.figure(
        "raw MariaDB, same users, 1 transaction of "
            + RawMariaDbBaseline.ROWS_PER_SAVE
            + " rows per save",
        String.format(Locale.ROOT, "%.1f transactions/s", rawPerSecond),
        "",
        true);
    topit.figure(
        "save throughput / raw MariaDB",
        String.format(Locale.ROOT, "%.0f %%", 100 * ratio),
        "≥ 50 %",
        ratio >= 0.5);
  }

  /**
   * The TOPIT exports' times and heap. The targets are set for 1,000 subjects (full TOPIT ODM ≤ 30
   * s, heap ≤ 512 MB); at another size the time target is scaled by the number of subjects.
   */
  void exports(List<ExportTimings.Timing> timings, int subjects) {
    exports(topit, timings, subjects, 30.0);
  }

  void peerGenerated(TopitStudyGenerator.Generated study) {
    importRate(peer, study);
  }

  void peerSaturated(LoadRun run, long nanos) {
    mixed(peer, run, nanos, false);
  }

  void peerPaced(LoadRun run, long nanos) {
    mixed(peer, run, nanos, true);
  }

  /**
   * The peer study's ODM export: ≤ 1 s and ≤ 512 MB heap at 1,000 subjects, the time target scaled
   * by the number of subjects at another size.
   */
  void peerExport(List<ExportTimings.Timing> timings, int subjects) {
    exports(peer, timings, subjects, 1.0);
  }

  void resilience(SaveLedger.Outcome outcome) {
    resilience.figure(
        "kill -9 of launcher, server and database during saves, then restart: acknowledged saves"
            + " found in the audit trail",
        (outcome.acknowledged() - outcome.missing()) + " of " + outcome.acknowledged(),
        "all",
        outcome.missing() == 0);
    storedAndChain(resilience, "after the restart", outcome);
    if (!outcome.passed()) {
      errors.add("resilience: " + outcome);
    }
  }

  void connectionLoss(ConnectionLoss.Outcome outcome) {
    new ConnectionLossFigures(connectionLoss, outcome, settings.outageSeconds()).write();
    storedAndChain(connectionLoss, "after the outage", outcome.saves());
    if (!outcome.passed()) {
      errors.add("connection loss: " + outcome);
    }
  }

  List<String> errors() {
    return List.copyOf(errors);
  }

  String markdown() {
    StringBuilder text =
        new StringBuilder(
            "# Benchmark report\n\n"
                + "Run of "
                + started
                + ": "
                + settings.subjects()
                + " TOPIT subjects, "
                + (settings.peer() ? settings.peerSubjects() + " peer subjects, " : "")
                + settings.users()
                + " concurrent users, "
                + settings.rounds()
                + " rounds each, seed "
                + settings.seed()
                + "; machine: "
                + Runtime.getRuntime().availableProcessors()
                + " cores, Java "
                + System.getProperty("java.version")
                + ".\n\n");
    for (ReportSection section : List.of(topit, peer, resilience, connectionLoss)) {
      if (!section.isEmpty()) {
        text.append(section.markdown());
      }
    }
    if (!errors.isEmpty()) {
      text.append("First errors:\n\n- ")
          .append(String.join("\n- ", errors.stream().limit(5).toList()))
          .append("\n");
    }
    return text.toString();
  }

  private static void importRate(ReportSection section, TopitStudyGenerator.Generated study) {
    double formsPerSecond = study.formsImported() / (study.importNanos() / 1e9);
    section.figure(
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

  /**
   * One mixed run's latencies; the targets are judged only on the paced run (users as fast as they
   * can go measure the queue in front of two cores more than the platform).
   */
  private void mixed(ReportSection section, LoadRun run, long nanos, boolean paced) {
    String phase =
        paced
            ? "paced (a round per user at most every " + settings.paceMillis() + " ms)"
            : "as fast as possible";
    section.latency(run.open, paced ? 50 : Double.NaN, phase);
    section.latency(run.save, paced ? 40 : Double.NaN, phase);
    section.latency(run.read, Double.NaN, phase);
    double rounds = run.save.count() / (nanos / 1e9);
    section.figure(
        "rounds (open + save + read) with " + settings.users() + " users, " + phase,
        String.format(Locale.ROOT, "%.1f rounds/s", rounds),
        "",
        true);
  }

  private void exports(
      ReportSection section,
      List<ExportTimings.Timing> timings,
      int subjects,
      double secondsAtThousand) {
    double scaledLimit = secondsAtThousand * subjects / 1000;
    for (ExportTimings.Timing timing : timings) {
      String heap =
          timing.peakHeapMegabytes() < 0
              ? "no collection"
              : timing.peakHeapMegabytes() + " MB heap";
      boolean odm = timing.path().endsWith("odm");
      section.figure(
          "GET "
              + timing.path()
              + " ("
              + subjects
              + " subjects, "
              + String.format(Locale.ROOT, "%.1f MB", timing.bytes() / 1e6)
              + ", HTTP "
              + timing.status()
              + ")",
          ReportSection.seconds(timing.nanos()) + "; " + heap,
          (odm ? String.format(Locale.ROOT, "≤ %.2f s; ", scaledLimit) : "") + "≤ 512 MB",
          timing.status() == 200
              && (!odm || timing.nanos() / 1e9 <= scaledLimit)
              && timing.peakHeapMegabytes() <= 512);
      if (timing.status() != 200) {
        errors.add("export " + timing.path() + " answered " + timing.status());
      }
    }
  }

  private static void storedAndChain(
      ReportSection section, String when, SaveLedger.Outcome outcome) {
    section.figure(
        "refused saves (answered, not acknowledged) found stored all the same",
        outcome.refusedButStored() + " of " + outcome.refused(),
        "",
        true);
    section.figure(
        when + ": stored value = last audited value; audit chain verifies",
        outcome.storedMismatches()
            + " mismatches; chain "
            + (outcome.chainValid() ? "valid" : "BROKEN"),
        "0; valid",
        outcome.storedMismatches() == 0 && outcome.chainValid());
  }
}
