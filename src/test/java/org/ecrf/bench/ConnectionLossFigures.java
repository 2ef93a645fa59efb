package org.ecrf.bench;

/** The figures of the connection-loss check, written into its section of the report. */
final class ConnectionLossFigures {

  private final ReportSection section;
  private final ConnectionLoss.Outcome outcome;
  private final int outageSeconds;

  ConnectionLossFigures(ReportSection section, ConnectionLoss.Outcome outcome, int outageSeconds) {
    this.section = section;
    this.outcome = outcome;
    this.outageSeconds = outageSeconds;
  }

  void write() {
    ConnectionLoss.Timeline timeline = outcome.timeline();
    section.figure(
        "database killed (kill -9 of `ecrf.jar database` and its mariadbd), down "
            + outageSeconds
            + " s, started again on the same data: outage until it answers",
        ReportSection.seconds(timeline.outageNanos())
            + " (restart "
            + ReportSection.seconds(timeline.restartNanos())
            + ")",
        "",
        true);
    saves(
        "saves under way at the kill (started before, answered after)",
        outcome.inFlight(),
        "200 or 503",
        outcome.inFlight().calls() == 0 || outcome.inFlight().onlyStatuses("200", "503"));
    saves(
        "saves started and answered during the outage",
        outcome.during(),
        "503 only, 0 acknowledged",
        outcome.during().onlyStatuses("503") && outcome.during().acknowledged() == 0);
    saves(
        "saves started during the outage, answered after the database's return",
        outcome.waiting(),
        "",
        true);
    section.figure(
        "GET /health started and answered during the outage",
        outcome.health().statusText(),
        "503 (DOWN) only",
        outcome.health().onlyStatuses("503"));
    section.figure(
        "recovery without a restart: database back to the first acknowledged save",
        timeline.recoveryNanos() < 0 ? "never" : ReportSection.seconds(timeline.recoveryNanos()),
        "≤ " + ConnectionLoss.RECOVERY_LIMIT.toSeconds() + " s",
        timeline.recoveredWithin(ConnectionLoss.RECOVERY_LIMIT));
    section.figure(
        "database back to /health UP",
        timeline.healthRecoveryNanos() < 0
            ? "never"
            : ReportSection.seconds(timeline.healthRecoveryNanos()),
        "",
        true);
    SaveLedger.Outcome check = outcome.saves();
    section.figure(
        "acknowledged saves (before, during and after the outage) found in the audit trail",
        (check.acknowledged() - check.missing()) + " of " + check.acknowledged(),
        "all",
        check.missing() == 0);
  }

  /** One group of saves: count, acknowledged, answers, longest wait, what a refusal said. */
  private void saves(String what, AnswerTally tally, String target, boolean met) {
    section.figure(
        what + ": calls, acknowledged; answers; longest wait",
        tally.calls()
            + ", "
            + tally.acknowledged()
            + "; "
            + tally.statusText()
            + "; "
            + ReportSection.seconds(tally.longestNanos()),
        target,
        met);
    if (!tally.refusals().isEmpty()) {
      section.figure("… what the refusals said", cell(tally.refusalText()), "", true);
    }
  }

  /** Text fit for a Markdown table cell: one line, no pipes or back ticks. */
  static String cell(String text) {
    return text.replaceAll("\\s+", " ").replace('|', '/').replace('`', '\'').strip();
  }
}
