package org.ecrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchDirectoryGuardTest {

  @Test
  void refusesADataDirectoryInsideTheJavaTemporaryDirectory() {
    assertThat(ScratchDirectoryGuard.problem(Path.of("/tmp/ecrf/mariadb/data"), "/tmp"))
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .contains("/tmp/ecrf/mariadb/data")
                    .contains("would be lost")
                    .contains("ECRF_DATA_DIR"));
  }

  @Test
  void acceptsADataDirectoryElsewhere() {
    assertThat(ScratchDirectoryGuard.problem(Path.of("/srv/ecrf/data/mariadb/data"), "/tmp"))
        .isEmpty();
  }

  @Test
  void comparesTheNormalisedPathAsTheDatabaseLibraryDoes() {
    assertThat(ScratchDirectoryGuard.problem(Path.of("/srv/../tmp/x/data"), "/tmp")).isPresent();
  }
}
