package org.ecrf.launcher;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A server process left running by a launcher that was killed (kill -9 skips shutdown hooks): it
 * still holds the data directory or the port, so it is stopped before a new one starts. Only a
 * process whose pid was recorded by us and whose command still looks like the expected server is
 * touched.
 */
final class StaleProcess {

  private static final System.Logger LOG = System.getLogger(StaleProcess.class.getName());
  private static final long GRACE_SECONDS = 30;

  private StaleProcess() {}

  static void stopIfRunning(
      Path pidFile, String description, Predicate<ProcessHandle.Info> looksLikeIt) {
    readPid(pidFile)
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(process -> looksLikeIt.test(process.info()))
        .ifPresent(process -> stop(process, description));
  }

  static void recordPid(Path pidFile, long pid) {
    try {
      Files.createDirectories(pidFile.getParent());
      Files.writeString(pidFile, Long.toString(pid));
    } catch (IOException e) {
      throw new LauncherException("Cannot write " + pidFile + ": " + e.getMessage(), e);
    }
  }

  static void stopGracefully(ProcessHandle process) {
    process.destroy();
    try {
      process.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      process.destroyForcibly();
      process.onExit().join();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static Optional<Long> readPid(Path pidFile) {
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
    } catch (IOException | NumberFormatException e) {
      LOG.log(Level.WARNING, "Ignoring the unreadable pid file " + pidFile);
      return Optional.empty();
    }
  }

  private static void stop(ProcessHandle process, String description) {
    LOG.log(
        Level.WARNING,
        "Stopping {0} (pid {1,number,#}) left over from an earlier run",
        description,
        process.pid());
    stopGracefully(process);
  }
}
