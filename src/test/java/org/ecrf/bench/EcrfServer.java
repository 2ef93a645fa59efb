package org.ecrf.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built server ({@code java -jar ecrf.jar}) in demo mode, as a user starts it: on a fresh data
 * directory with its embedded database, again on the data a run left, or against a database running
 * on its own; start-up time is measured from the process start to the first answer of the sign-in
 * page.
 */
final class EcrfServer implements AutoCloseable {

  private static final Duration START_LIMIT = Duration.ofMinutes(5);

  private final Process process;
  private final Duration startUp;

  private EcrfServer(Process process, Duration startUp) {
    this.process = process;
    this.startUp = startUp;
  }

  /** Starts the server on an emptied data directory. */
  static EcrfServer start(BenchSettings settings) throws IOException, InterruptedException {
    Path data = settings.dataDir();
    deleteRecursively(data);
    Files.createDirectories(data);
    return restart(settings);
  }

  /** Starts the server, with its embedded database, on the data directory as a run left it. */
  static EcrfServer restart(BenchSettings settings) throws IOException, InterruptedException {
    return launch(
        settings,
        Map.of(
            "ECRF_EMBEDDED_DB_PORT", Integer.toString(settings.dbPort()),
            "ECRF_EMBEDDED_OWNER_PASSWORD", BenchSettings.OWNER_PASSWORD,
            "ECRF_EMBEDDED_APP_PASSWORD", BenchSettings.APP_PASSWORD));
  }

  /**
   * Starts the server on the data directory against a database running on its own ({@link
   * DatabaseProcess}), as against an external MariaDB: the launcher then starts no database of its
   * own, and the application survives the database's loss.
   */
  static EcrfServer startOnDatabase(BenchSettings settings)
      throws IOException, InterruptedException {
    return launch(
        settings,
        Map.of(
            "ECRF_DB_URL",
            settings.jdbcUrl(),
            "ECRF_DB_USER",
            "ecrf_app",
            "ECRF_DB_PASSWORD",
            BenchSettings.APP_PASSWORD,
            "ECRF_DB_OWNER_USER",
            "ecrf_owner",
            "ECRF_DB_OWNER_PASSWORD",
            BenchSettings.OWNER_PASSWORD,
            "ECRF_DB_APP_HOST",
            "127.0.0.1"));
  }

  private static EcrfServer launch(BenchSettings settings, Map<String, String> database)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                settings.jar().toString())
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(
                    settings.workDir().resolve("server.log").toFile()));
    builder.environment().put("ECRF_DEMO", "true");
    builder.environment().put("ECRF_HTTP_PORT", Integer.toString(settings.httpPort()));
    builder.environment().put("ECRF_DATA_DIR", settings.dataDir().toString());
    builder.environment().put("ECRF_JAVA_OPTS", settings.serverJavaOpts());
    builder.environment().putAll(database);
    long started = System.nanoTime();
    Process process = builder.start();
    try {
      waitUntilAnswering(process, URI.create(settings.baseUrl() + "login.xhtml"));
    } catch (RuntimeException | InterruptedException e) {
      new EcrfServer(process, Duration.ZERO).close();
      throw e;
    }
    return new EcrfServer(process, Duration.ofNanos(System.nanoTime() - started));
  }

  Duration startUp() {
    return startUp;
  }

  private static void waitUntilAnswering(Process process, URI page) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server stopped during start-up; see server.log");
      }
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("The server did not answer within " + START_LIMIT);
  }

  /**
   * Kills the launcher, the application server and the embedded database at once with SIGKILL, as a
   * power cut would: nothing gets to shut down in order.
   */
  void killHard() throws InterruptedException {
    List<ProcessHandle> all =
        Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle handle : all) {
      handle.onExit().join();
    }
  }

  /** Stops the launcher, which stops the application server and the database it started. */
  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
