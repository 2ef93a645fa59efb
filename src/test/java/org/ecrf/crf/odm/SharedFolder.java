package org.ecrf.crf.odm;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared reference folder ({@code shared/}, holding {@code shared/cdisc/}) by
 * walking up from the working directory until a directory has a {@code shared/cdisc} child. From a
 * worktree ({@code /work/wt/crf}) that is {@code /work/shared}; from the main repository ({@code
 * /work/main}) too. A fixed relative path would depend on where the build runs.
 */
final class SharedFolder {

  private SharedFolder() {}

  static Path cdisc() {
    Path directory = Path.of("").toAbsolutePath();
    while (directory != null) {
      Path candidate = directory.resolve("shared").resolve("cdisc");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      directory = directory.getParent();
    }
    throw new IllegalStateException(
        "No shared/cdisc folder above "
            + Path.of("").toAbsolutePath()
            + "; the CDISC sample tests need the project's shared reference folder.");
  }
}
