package org.ecrf.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Payara Micro in a child JVM of its own (so that the launcher's libraries never reach the server's
 * class path), serving the application WAR at the root context, alone or as a member of a cluster
 * ({@link ClusterSettings}). The database settings reach the application as environment variables,
 * which MicroProfile Config reads, so that no password appears on a command line.
 */
final class ApplicationServer implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(ApplicationServer.class.getName());

  /**
   * The last resort only: a failed start shows sooner (the server ends, or answers without the
   * application); several instances starting at once on a small, busy machine take minutes.
   */
  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

  private static final Duration DEPLOYMENT_GRACE = Duration.ofSeconds(15);

  private final Process process;
  private final ServerConsole console;

  private ApplicationServer(Process process, ServerConsole console) {
    this.process = process;
    this.console = console;
  }

  /**
   * Starts the server process and returns at once, so that the caller can register it for shut-down
   * before waiting for it with {@link #awaitReady(int)}: a Ctrl-C during start-up must stop it too.
   */
  static ApplicationServer launch(
      ServerLayout layout,
      int httpPort,
      List<String> jvmOptions,
      Optional<ClusterSettings> cluster,
      Map<String, String> environment) {
    layout.requireComplete();
    stopStale(layout);
    requireFreePort(null, httpPort, "ECRF_HTTP_PORT");
    cluster.ifPresent(c -> requireFreePort(c.networkInterface(), c.port(), "ECRF_CLUSTER_PORT"));
    emptyDirectory(layout.rootDir());
    ProcessBuilder builder =
        new ProcessBuilder(
                command(
                    ProcessHandle.current().info().command().orElse("java"),
                    layout,
                    httpPort,
                    jvmOptions,
                    cluster))
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      StaleProcess.recordPid(layout.pidFile(), process.pid());
      return new ApplicationServer(
          process, ServerConsole.follow(process.getInputStream(), System.out));
    } catch (IOException e) {
      throw new LauncherException("Payara Micro did not start: " + e.getMessage(), e);
    }
  }

  /**
   * The server's command line: Payara Micro serving the WAR at the root context on the HTTP port,
   * alone ({@code --nocluster}) or as a member of the cluster; never reporting usage to its vendor.
   */
  static List<String> command(
      String java,
      ServerLayout layout,
      int httpPort,
      List<String> jvmOptions,
      Optional<ClusterSettings> cluster) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    if (cluster.isPresent()) {
      command.addAll(ClusterSettings.jvmOptions());
    }
    command.addAll(
        List.of(
            "-jar",
            layout.payaraJar().toString(),
            "--deploy",
            layout.war().toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(httpPort),
            "--rootdir",
            layout.rootDir().toString(),
            "--disablephonehome"));
    command.addAll(cluster.map(ClusterSettings::payaraOptions).orElse(List.of("--nocluster")));
    return command;
  }

  /** Stops a server left running by a killed launcher; called before its database is touched. */
  static void stopStale(ServerLayout layout) {
    StaleProcess.stopIfRunning(
        layout.pidFile(),
        "a Payara Micro server",
        info ->
            info.arguments()
                .map(args -> Arrays.stream(args).anyMatch(a -> a.contains("payara-micro")))
                .orElse(false));
  }

  /** Blocks until the server process ends and returns its exit code. */
  int awaitExit() throws InterruptedException {
    return process.waitFor();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      StaleProcess.stopGracefully(process.toHandle());
    }
  }

  /**
   * The application is ready when its own health check (the database check) appears in Payara's
   * health report: the report alone would answer before, or without, a successful deployment. A
   * report without it for some time after Payara said it was ready means the deployment failed; a
   * server too busy to answer at all (several instances starting on a small machine) is waited for
   * until the start-up time-out.
   */
  void awaitReady(int httpPort) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new LauncherException(
            "Payara Micro stopped during start-up (exit code " + process.exitValue() + ")");
      }
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"database\"")) {
          return;
        }
        if (console
            .bootedAt()
            .map(at -> at.plus(DEPLOYMENT_GRACE).isBefore(Instant.now()))
            .orElse(false)) {
          close();
          throw new LauncherException(
              "Payara Micro started but the application did not deploy; the server log above says"
                  + " why");
        }
      } catch (IOException e) {
        LOG.log(Level.TRACE, "Not ready yet: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LauncherException("Interrupted while waiting for the server", e);
      }
      pause();
    }
    close();
    throw new LauncherException(
        "The application was not ready after "
            + STARTUP_TIMEOUT.toSeconds()
            + " s; the server log above gives the cause");
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LauncherException("Interrupted while waiting for the server", e);
    }
  }

  /** Checks that the port is free, on every address or on the given one. */
  private static void requireFreePort(String address, int port, String setting) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(
          address == null ? new InetSocketAddress(port) : new InetSocketAddress(address, port));
    } catch (IOException e) {
      throw new LauncherException(
          "Port "
              + port
              + (address == null ? "" : " on " + address)
              + " is already in use: stop what uses it or set "
              + setting
              + " to another port");
    }
  }

  private static void emptyDirectory(Path directory) {
    if (Files.exists(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        paths.sorted(Comparator.reverseOrder()).forEach(ApplicationServer::delete);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new LauncherException(
          "Cannot empty the server directory at " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Where the server's files are: the WAR and Payara Micro beside the launcher jar, its working
   * files under data.
   */
  record ServerLayout(Path war, Path payaraJar, Path rootDir, Path pidFile) {

    static ServerLayout of(Path launcherJar, Path dataDir) {
      Path dir = launcherJar.getParent();
      return new ServerLayout(
          dir.resolve("ecrf.war"),
          dir.resolve("lib").resolve("payara-micro.jar"),
          dataDir.resolve("payara"),
          dataDir.resolve("payara.pid"));
    }

    void requireComplete() {
      for (Path file : List.of(war, payaraJar)) {
        if (!Files.isRegularFile(file)) {
          throw new LauncherException(
              file + " is missing: build the platform with 'mvn package' first");
        }
      }
    }
  }
}
