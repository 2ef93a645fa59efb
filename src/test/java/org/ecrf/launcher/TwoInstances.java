package org.ecrf.launcher;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cluster as README's "Running a cluster" starts it, from the built jar: one embedded MariaDB
 * ({@code java -jar target/ecrf.jar database}) and two application instances on it, each with its
 * own HTTP port and data grid port on 127.0.0.1, finding each other through their TCP/IP member
 * list, and one export directory they share. Ports come from the system properties {@code
 * it.cluster.http1}, {@code it.cluster.http2}, {@code it.cluster.grid1}, {@code it.cluster.grid2}
 * and {@code it.cluster.dbport}, else free ports are taken; the cluster has a name of its own, so
 * that it never merges with another run.
 */
final class TwoInstances implements AutoCloseable {

  static final String OWNER_PASSWORD = "two-instances owner";
  static final String APP_PASSWORD = "two-instances app";

  /** Generous: two application servers start at once, and the test machine may be busy. */
  private static final Duration START = Duration.ofMinutes(6);

  private final Path dir;
  private final int dbPort = port("it.cluster.dbport");
  private final int[] httpPorts = {port("it.cluster.http1"), port("it.cluster.http2")};
  private final int[] gridPorts = {port("it.cluster.grid1"), port("it.cluster.grid2")};
  private final String clusterName = "ecrf-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final List<LauncherProcess> started = new ArrayList<>();
  private LauncherProcess[] instances;

  private TwoInstances(Path dir) {
    this.dir = dir;
  }

  /**
   * Starts the database, then both instances at once, and waits until each serves the application
   * and the second has joined the first's data grid. Anything started is stopped again if starting
   * fails.
   */
  static TwoInstances start(Path dir) throws InterruptedException {
    TwoInstances cluster = new TwoInstances(dir);
    try {
      cluster.startAll();
      return cluster;
    } catch (InterruptedException | RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  private void startAll() throws InterruptedException {
    LauncherProcess database =
        launch(
            "database",
            Map.of(
                "ECRF_DATA_DIR",
                dir.resolve("database").toString(),
                "ECRF_EMBEDDED_DB_PORT",
                Integer.toString(dbPort),
                "ECRF_EMBEDDED_OWNER_PASSWORD",
                OWNER_PASSWORD,
                "ECRF_EMBEDDED_APP_PASSWORD",
                APP_PASSWORD),
            "database",
            "--fresh");
    database.awaitLogLine("Embedded MariaDB ready", START);
    instances = new LauncherProcess[] {launchInstance(0), launchInstance(1)};
    for (LauncherProcess instance : instances) {
      instance.awaitLogLine("eCRF is ready", START);
    }
    instances[0].awaitLogLine("Address: /127.0.0.1:" + gridPorts[1], START);
  }

  private LauncherProcess launchInstance(int index) {
    Map<String, String> environment = new HashMap<>();
    environment.put("ECRF_DATA_DIR", dir.resolve("instance-" + (index + 1)).toString());
    environment.put("ECRF_HTTP_PORT", Integer.toString(httpPorts[index]));
    environment.put("ECRF_EXPORT_DIRECTORY", dir.resolve("exports").toString());
    environment.put("ECRF_DB_URL", jdbcUrl());
    environment.put("ECRF_DB_OWNER_USER", "ecrf_owner");
    environment.put("ECRF_DB_OWNER_PASSWORD", OWNER_PASSWORD);
    environment.put("ECRF_DB_USER", "ecrf_app");
    environment.put("ECRF_DB_PASSWORD", APP_PASSWORD);
    environment.put("ECRF_DB_APP_HOST", "127.0.0.1");
    environment.put("ECRF_DEMO", "true");
    environment.put(
        "ECRF_CLUSTER_MEMBERS", "127.0.0.1:" + gridPorts[0] + ",127.0.0.1:" + gridPorts[1]);
    environment.put("ECRF_CLUSTER_PORT", Integer.toString(gridPorts[index]));
    environment.put("ECRF_CLUSTER_NAME", clusterName);
    return launch("instance-" + (index + 1), environment);
  }

  private LauncherProcess launch(String name, Map<String, String> environment, String... args) {
    LauncherProcess process = LauncherProcess.start(dir.resolve(name + ".log"), environment, args);
    started.add(process);
    return process;
  }

  /** The base URL of instance 1 or 2, e.g. {@code http://127.0.0.1:8281/}. */
  URL url(int instance) {
    try {
      return new URL("http://127.0.0.1:" + httpPorts[instance - 1] + "/");
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The log of instance 1 or 2: its launcher's and its server's output. */
  String log(int instance) {
    return instances[instance - 1].log();
  }

  /**
   * As the schema owner, to read what the API does not show and to stage a stopped server's job.
   */
  Connection connectAsOwner() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), "ecrf_owner", OWNER_PASSWORD);
  }

  private String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + dbPort + "/ecrf";
  }

  /**
   * Stops the instances (both at once), then the database, each by its process handle; a launcher
   * that does not stop is killed with what it started, and the others are stopped all the same.
   */
  @Override
  public void close() throws InterruptedException {
    for (int i = 1; i < started.size(); i++) {
      started.get(i).requestStop();
    }
    AssertionError failure = null;
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (AssertionError e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static int port(String property) {
    String value = System.getProperty(property);
    return value == null || value.isBlank()
        ? LauncherProcess.freePort()
        : Integer.parseInt(value.trim());
  }

  static Path newDirectory() throws java.io.IOException {
    return Files.createTempDirectory(Path.of("target"), "two-instances").toAbsolutePath();
  }
}
