package org.ecrf.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a benchmark run does, from system properties ({@code -Dbench.subjects=1000} and so on).
 *
 * @param subjects TOPIT children generated before the load ({@code bench.subjects}, default 100)
 * @param users concurrent users of the load ({@code bench.users}, default 20)
 * @param rounds open-save-read rounds per user ({@code bench.rounds}, default 50)
 * @param httpPort port of the server under test ({@code bench.httpPort}, default 8095)
 * @param dbPort port of its embedded MariaDB ({@code bench.dbPort}, default 33500)
 * @param jar the launcher ({@code bench.jar}, default {@code target/ecrf.jar})
 * @param workDir data directory and report ({@code bench.dir}, default {@code target/bench}); it is
 *     emptied at the start of a run
 * @param seed seed of the generated values ({@code bench.seed}, default 20261124)
 * @param javaOpts JVM options of the application server ({@code bench.javaOpts}, default the
 *     launcher's), e.g. to record a flight recording while the benchmark runs
 * @param resilience whether to end with the resilience checks, kill -9 and connection loss ({@code
 *     bench.resilience}, default true; false keeps the first server's flight recording, which the
 *     kill would lose)
 * @param peer whether to measure the peer-comparable shape too ({@code bench.peer}, default true)
 * @param peerSubjects subjects of the peer study ({@code bench.peerSubjects}, default {@code
 *     bench.subjects})
 * @param outageSeconds how long the connection-loss check keeps the database away before starting
 *     it again ({@code bench.outageSeconds}, default 10)
 * @param paceMillis in the paced run, on which the latency targets are judged, each user starts a
 *     round at most once in this time ({@code bench.paceMillis}, default 5000: 20 users then send
 *     12 requests a second, several times what 20 people entering forms send; at 1000 the 60
 *     requests a second are about all two cores serve, and latency is the queue again)
 */
public record BenchSettings(
    int subjects,
    int users,
    int rounds,
    int httpPort,
    int dbPort,
    Path jar,
    Path workDir,
    long seed,
    String javaOpts,
    boolean resilience,
    boolean peer,
    int peerSubjects,
    int outageSeconds,
    int paceMillis) {

  /** The owner password the benchmark gives the embedded database, for the raw baseline. */
  static final String OWNER_PASSWORD = "bench-owner-password";

  /**
   * The application account's password the benchmark gives the embedded database when it runs on
   * its own (the connection-loss check), so that the application can be pointed at it.
   */
  static final String APP_PASSWORD = "bench-app-password";

  static BenchSettings fromSystemProperties() {
    int subjects = Integer.getInteger("bench.subjects", 100);
    return new BenchSettings(
        subjects,
        Integer.getInteger("bench.users", 20),
        Integer.getInteger("bench.rounds", 50),
        Integer.getInteger("bench.httpPort", 8095),
        Integer.getInteger("bench.dbPort", 33500),
        Path.of(System.getProperty("bench.jar", "target/ecrf.jar")).toAbsolutePath(),
        Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath(),
        Long.getLong("bench.seed", 20261124L),
        System.getProperty("bench.javaOpts", ""),
        Boolean.parseBoolean(System.getProperty("bench.resilience", "true")),
        Boolean.parseBoolean(System.getProperty("bench.peer", "true")),
        Integer.getInteger("bench.peerSubjects", subjects),
        Integer.getInteger("bench.outageSeconds", 10),
        Integer.getInteger("bench.paceMillis", 5000));
  }

  /**
   * The server's JVM options: those given (else the launcher's default heap of 1 GiB) and a
   * garbage-collection log, from which the benchmark reads the heap in use during the exports.
   */
  String serverJavaOpts() {
    return (javaOpts.isBlank() ? "-Xmx1g" : javaOpts) + " -Xlog:gc:file=" + gcLog();
  }

  /** The pace of the paced run's users. */
  Duration pace() {
    return Duration.ofMillis(paceMillis);
  }

  /** The server's garbage-collection log. */
  Path gcLog() {
    return workDir.resolve("server-gc.log");
  }

  String baseUrl() {
    return "http://127.0.0.1:" + httpPort + "/";
  }

  /** The data directory of the server and its embedded database. */
  Path dataDir() {
    return workDir.resolve("data");
  }

  String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + dbPort + "/ecrf";
  }
}
