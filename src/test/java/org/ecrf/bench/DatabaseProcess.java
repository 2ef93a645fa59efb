package org.ecrf.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The embedded MariaDB run on its own, as the launcher's {@code database} mode runs it ({@code java
 * -jar ecrf.jar database}), on the benchmark's data directory and port, with the two accounts'
 * passwords fixed so that the application can be pointed at it as at an external database. It can
 * be killed with SIGKILL (launcher and {@code mariadbd} together) and started again on the same
 * data.
 */
final class DatabaseProcess implements AutoCloseable {

  private static final Duration START_LIMIT = Duration.ofMinutes(3);

  private final Process process;

  private DatabaseProcess(Process process) {
    this.process = process;
  }

  /** Starts the database on the data directory and waits until it takes connections. */
  static DatabaseProcess start(BenchSettings settings) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                settings.jar().toString(),
                "database")
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(
                    settings.workDir().resolve("database.log").toFile()));
    builder.environment().put("ECRF_DATA_DIR", settings.dataDir().toString());
    builder.environment().put("ECRF_EMBEDDED_DB_PORT", Integer.toString(settings.dbPort()));
    builder.environment().put("ECRF_EMBEDDED_OWNER_PASSWORD", BenchSettings.OWNER_PASSWORD);
    builder.environment().put("ECRF_EMBEDDED_APP_PASSWORD", BenchSettings.APP_PASSWORD);
    DatabaseProcess database = new DatabaseProcess(builder.start());
    try {
      database.awaitConnections(settings);
    } catch (RuntimeException | InterruptedException e) {
      database.close();
      throw e;
    }
    return database;
  }

  /** Whether the database at the benchmark's port takes a connection now. */
  static boolean answers(BenchSettings settings) {
    try (Connection connection =
        DriverManager.getConnection(
            settings.jdbcUrl() + "?connectTimeout=2000",
            "ecrf_owner",
            BenchSettings.OWNER_PASSWORD)) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private void awaitConnections(BenchSettings settings) throws InterruptedException {
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The database stopped during start-up; see database.log");
      }
      if (answers(settings)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("The database did not answer within " + START_LIMIT);
  }

  /** Kills the launcher and the MariaDB server at once with SIGKILL, as a crash would. */
  void killHard() {
    List<ProcessHandle> all =
        Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
    all.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle handle : all) {
      handle.onExit().join();
    }
  }

  /** Stops the launcher, which stops the MariaDB server it started. */
  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      return;
    }
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }
}
