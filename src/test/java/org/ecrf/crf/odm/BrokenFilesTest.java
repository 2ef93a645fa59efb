package org.ecrf.crf.odm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * One deliberately broken copy per fault kind ({@code src/test/resources/crf/broken-*.xml}, each
 * with a comment naming its fault): the validator reports the fault with its kind, severity, line,
 * column and message, and reports no error of another kind, so each copy is broken in one way.
 */
class BrokenFilesTest {

  @ParameterizedTest(name = "{0} ({1}): {2} at {4}:{5}")
  @CsvFileSource(resources = "/crf/broken-files.csv", numLinesToSkip = 1)
  void reportsTheFaultPrecisely(
      String file,
      String mode,
      FaultKind kind,
      Severity severity,
      int line,
      int column,
      String message) {
    ValidationReport report = Fixtures.validate(file, options(mode));

    assertThat(report.faults())
        .anySatisfy(
            fault -> {
              assertThat(fault.kind()).isEqualTo(kind);
              assertThat(fault.severity()).isEqualTo(severity);
              assertThat(fault.sourceName()).isEqualTo(file);
              assertThat(fault.line()).isEqualTo(line);
              assertThat(fault.column()).isEqualTo(column);
              assertThat(fault.message()).contains(message);
            });
    assertThat(report.errors()).allSatisfy(error -> assertThat(error.kind()).isEqualTo(kind));
    assertThat(report.valid()).isEqualTo(severity == Severity.WARNING);
    assertThat(report.definition().isPresent()).isEqualTo(report.valid());
  }

  private static ValidationOptions options(String mode) {
    return switch (mode) {
      case "STRICT" -> ValidationOptions.strict();
      case "IMPORT" -> ValidationOptions.forImport(false);
      case "LENIENT" -> ValidationOptions.forImport(true);
      default -> throw new IllegalArgumentException(mode);
    };
  }
}
