package org.ecrf.bench;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.ecrf.testing.TopitChildren;

/**
 * Runs the benchmark ({@code mvn -Pbench verify}; settings in {@link BenchSettings}) and writes its
 * report to {@code target/bench/report.md}: start-up time, generation and import rate, the
 * latencies of page open, save and read back under concurrent users, save throughput against the
 * raw MariaDB figure and the export times, each beside its target, for the TOPIT study and for the
 * peer-comparable shape; then the resilience checks (kill -9 during saves, loss and return of the
 * database connection).
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] arguments) throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    Files.createDirectories(settings.workDir());
    BenchReport report = new BenchReport(settings, Instant.now());
    URL url = URI.create(settings.baseUrl()).toURL();
    TopitStudyGenerator.Generated study;
    try (EcrfServer server = EcrfServer.start(settings)) {
      report.startUp(server.startUp());
      study =
          new TopitStudyGenerator(new TopitChildren(url), settings.seed())
              .generate(settings.subjects());
      report.generated(study);
      topitLoad(settings, url, study, report);
      report.exports(
          ExportTimings.run(url, settings.gcLog(), "TOPIT", ExportTimings.TOPIT_PATHS),
          study.children().size());
      if (settings.peer()) {
        peer(settings, url, report);
      }
      if (settings.resilience()) {
        report.resilience(
            new KillDuringSaves(settings, url)
                .run(server, study.children(), Math.min(10, settings.users()), 8_000));
      }
    }
    if (settings.resilience()) {
      report.connectionLoss(
          new ConnectionLoss(settings, url).run(study.children(), Math.min(10, settings.users())));
    }
    String text = report.markdown();
    Files.writeString(settings.workDir().resolve("report.md"), text);
    System.out.println(text);
    List<String> errors = report.errors();
    if (!errors.isEmpty()) {
      throw new IllegalStateException(
          errors.size() + " operations failed, first: " + errors.get(0));
    }
  }

  private static void topitLoad(
      BenchSettings settings, URL url, TopitStudyGenerator.Generated study, BenchReport report)
      throws Exception {
    new LoadRun(LoadForm.TOPIT_WEIGHT).run(url, study.children(), settings.users(), 5, false);
    LoadRun saturated = new LoadRun(LoadForm.TOPIT_WEIGHT);
    long saturatedNanos =
        saturated.run(url, study.children(), settings.users(), settings.rounds(), false);
    report.saturated(saturated, saturatedNanos);
    LoadRun paced = new LoadRun(LoadForm.TOPIT_WEIGHT, settings.pace());
    long pacedNanos = paced.run(url, study.children(), settings.users(), settings.rounds(), false);
    report.paced(paced, pacedNanos);

    LoadRun saves = new LoadRun(LoadForm.TOPIT_WEIGHT);
    long saveNanos = saves.run(url, study.children(), settings.users(), settings.rounds(), true);
    double raw =
        RawMariaDbBaseline.transactionsPerSecond(settings, settings.users(), settings.rounds());
    report.throughput(saves, saveNanos, raw);
  }

  /**
   * The peer-comparable shape on the same server: its definition uploaded, its subjects generated
   * and imported, the same mixed load on its form, and its full ODM export.
   */
  private static void peer(BenchSettings settings, URL url, BenchReport report) throws Exception {
    PeerStudyGenerator generator = new PeerStudyGenerator(url, settings.seed());
    generator.upload();
    TopitStudyGenerator.Generated peer = generator.generate(settings.peerSubjects());
    report.peerGenerated(peer);
    new LoadRun(PeerStudy.WEIGHT).run(url, peer.children(), settings.users(), 5, false);
    LoadRun saturated = new LoadRun(PeerStudy.WEIGHT);
    long saturatedNanos =
        saturated.run(url, peer.children(), settings.users(), settings.rounds(), false);
    report.peerSaturated(saturated, saturatedNanos);
    LoadRun paced = new LoadRun(PeerStudy.WEIGHT, settings.pace());
    long pacedNanos = paced.run(url, peer.children(), settings.users(), settings.rounds(), false);
    report.peerPaced(paced, pacedNanos);
    report.peerExport(
        ExportTimings.run(url, settings.gcLog(), PeerStudy.STUDY, ExportTimings.ODM_PATH),
        peer.children().size());
  }
}
