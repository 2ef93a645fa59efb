package org.ecrf.bench;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.ecrf.testing.TopitChildren;

/**
 * Runs the benchmark ({@code mvn -Pbench verify}; settings in {@link BenchSettings}) and writes its
 * report to {@code target/bench/report.md}: start-up time, generation and import rate, the
 * latencies of page open, save and read back under concurrent users, and save throughput against
 * the raw MariaDB figure, each beside its target.
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] arguments) throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    Files.createDirectories(settings.workDir());
    BenchReport report = new BenchReport(settings, Instant.now());
    try (EcrfServer server = EcrfServer.start(settings)) {
      report.startUp(server.startUp());
      URL url = URI.create(settings.baseUrl()).toURL();
      TopitStudyGenerator.Generated study =
          new TopitStudyGenerator(new TopitChildren(url), settings.seed())
              .generate(settings.subjects());
      report.generated(study);

      LoadRun warmUp = new LoadRun();
      warmUp.run(url, study.children(), settings.users(), 5, false);
      LoadRun mixed = new LoadRun();
      long mixedNanos =
          mixed.run(url, study.children(), settings.users(), settings.rounds(), false);
      report.mixed(mixed, mixedNanos);

      LoadRun saves = new LoadRun();
      long saveNanos = saves.run(url, study.children(), settings.users(), settings.rounds(), true);
      double raw =
          RawMariaDbBaseline.transactionsPerSecond(settings, settings.users(), settings.rounds());
      report.throughput(saves, saveNanos, raw);

      report.exports(ExportTimings.run(url, settings.gcLog()), study.children().size());

      if (settings.resilience()) {
        KillDuringSaves.Outcome resilience =
            new KillDuringSaves(settings, url)
                .run(server, study.children(), Math.min(10, settings.users()), 8_000);
        report.resilience(resilience);
      }
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

  static String millis(double value) {
    return String.format(Locale.ROOT, "%.1f ms", value);
  }
}
