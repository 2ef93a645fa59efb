package org.ecrf.crf.odm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ecrf.crf.application.PlatformAlgorithms;
import org.ecrf.crf.domain.KnownAlgorithms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build-time check of issue 3: every ODM file in {@code crf-definitions/} passes the strict
 * validator without a fault (errors and warnings alike), against the algorithm outputs the scoring
 * and dosing registries provide (issue 6). The project root is the working directory of the build.
 */
class CrfDefinitionsTest {

  /**
   * The algorithms this platform implements: the real scoring and dosing registries, not a copy.
   */
  static final KnownAlgorithms PLATFORM_ALGORITHMS = new PlatformAlgorithms();

  static Stream<Path> definitionFiles() throws IOException {
    Path folder = Path.of("crf-definitions");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    assertThat(files).as("ODM files in " + folder.toAbsolutePath()).isNotEmpty();
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitionFiles")
  void definitionFileIsValidWithoutAnyFault(Path file) {
    ValidationReport report =
        new CrfDefinitionValidator(PLATFORM_ALGORITHMS).validate(file, ValidationOptions.strict());

    assertThat(report.faults()).as("faults of " + file).isEmpty();
    assertThat(report.valid()).isTrue();
    assertThat(report.definition()).isPresent();
  }
}
