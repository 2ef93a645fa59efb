package org.ecrf.crf.odm.clinical;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared CDISC folder ({@code shared/cdisc}) by walking up from the working
 * directory, so that the tests run from a worktree ({@code /work/wt/clinical}) and from the main
 * repository alike.
 */
final class SharedSamples {

  private SharedSamples() {}

  static Path sample(String name) {
    Path directory = Path.of("").toAbsolutePath();
    while (directory != null) {
      Path candidate = directory.resolve("shared").resolve("cdisc").resolve("samples");
      if (Files.isDirectory(candidate)) {
        return candidate.resolve(name);
      }
      directory = directory.getParent();
    }
    throw new IllegalStateException(
        "No shared/cdisc/samples folder above " + Path.of("").toAbsolutePath());
  }
}
