package org.ecrf.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code java -jar target/ecrf.jar ...} started by a test, as a user would start it, with its
 * output in a log file.
 */
final class LauncherProcess implements AutoCloseable {

  private final Process process;
  private final Path log;
  private List<ProcessHandle> children;

  private LauncherProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static LauncherProcess start(Path log, Map<String, String> environment, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add(Path.of("target", "ecrf.jar").toAbsolutePath().toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    builder
        .environment()
        .put("ECRF_JAVA_OPTS", "-Xmx512m -Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    try {
      return new LauncherProcess(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until the launcher's log says the platform is ready; fails with the log's tail otherwise.
   */
  void awaitLogLine(String text, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (logText().contains(text)) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("The launcher ended (" + process.exitValue() + "):\n" + tail());
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No '" + text + "' within " + timeout + ":\n" + tail());
  }

  /**
   * Sends SIGTERM, as Ctrl-C or a service manager would, and waits for the launcher to end. The
   * processes it started (database, application server) that are still alive then are stopped too,
   * by their handles, so that a failing test leaves nothing behind.
   */
  int stop() throws InterruptedException {
    requestStop();
    return awaitStop();
  }

  /** Sends SIGTERM without waiting, so that several launchers can stop at once. */
  void requestStop() {
    if (children == null) {
      children = process.descendants().toList();
    }
    process.destroy();
  }

  /** Waits for a launcher asked to stop, then stops what it left running. */
  int awaitStop() throws InterruptedException {
    boolean ended = process.waitFor(90, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    stopLeftOvers(children == null ? List.of() : children);
    if (!ended) {
      throw new AssertionError("The launcher did not stop within 90 s:\n" + tail());
    }
    return process.exitValue();
  }

  private static void stopLeftOvers(List<ProcessHandle> children) {
    for (ProcessHandle child : children) {
      if (child.isAlive()) {
        child.destroy();
        try {
          child.onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
          child.destroyForcibly();
        } catch (InterruptedException e) {
          child.destroyForcibly();
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  static HttpResponse<String> get(String url) {
    HttpClient client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String log() {
    return logText();
  }

  String tail() {
    String text = logText();
    return text.substring(Math.max(0, text.length() - 4000));
  }

  private String logText() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (children != null || process.isAlive()) {
      stop();
    }
  }
}
