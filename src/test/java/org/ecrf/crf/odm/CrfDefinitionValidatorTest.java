package org.ecrf.crf.odm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any input gives a report, never an exception; all faults are listed; size limits hold. */
class CrfDefinitionValidatorTest {

  private final CrfDefinitionValidator validator = new CrfDefinitionValidator(Fixtures.ALGORITHMS);

  @Test
  void reportsAnEmptyFile() {
    ValidationReport report =
        validator.validate(new byte[0], "empty.xml", ValidationOptions.strict());
    assertThat(report.valid()).isFalse();
    assertThat(report.faults())
        .singleElement()
        .satisfies(
            fault -> {
              assertThat(fault.kind()).isEqualTo(FaultKind.EMPTY);
              assertThat(fault.line()).isZero();
              assertThat(fault.message()).isEqualTo("The file is empty.");
            });
  }

  @Test
  void reportsBinaryContentAsNotWellFormed() {
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31 + 7);
    }
    ValidationReport report =
        validator.validate(binary, "scan.pdf", ValidationOptions.forImport(true));
    assertThat(report.valid()).isFalse();
    assertThat(report.errors())
        .singleElement()
        .extracting(Fault::kind)
        .isEqualTo(FaultKind.NOT_WELL_FORMED);
  }

  @Test
  void reportsTextThatIsNotXml() {
    ValidationReport report =
        Fixtures.validateText("Hello, this is a letter.", ValidationOptions.strict());
    assertThat(report.errors())
        .singleElement()
        .satisfies(
            fault -> {
              assertThat(fault.kind()).isEqualTo(FaultKind.NOT_WELL_FORMED);
              assertThat(fault.line()).isEqualTo(1);
              assertThat(fault.message()).contains("not well-formed");
            });
  }

  @Test
  void reportsXmlThatIsNotOdm() {
    ValidationReport report =
        Fixtures.validateText("<html><body/></html>", ValidationOptions.forImport(true));
    assertThat(report.errors())
        .singleElement()
        .satisfies(
            fault -> {
              assertThat(fault.kind()).isEqualTo(FaultKind.NOT_ODM);
              assertThat(fault.message())
                  .isEqualTo("The root element is html, not an ODM 1.3 ODM element.");
            });
  }

  @Test
  void refusesAnExternalEntityWithoutReadingIt() {
    ValidationReport report =
        Fixtures.validate("broken-xxe.xml", ValidationOptions.forImport(true));
    assertThat(report.valid()).isFalse();
    assertThat(report.faults())
        .allSatisfy(fault -> assertThat(fault.message()).doesNotContain("root:"));
  }

  @Test
  void refusesPathologicalNesting() {
    String deep =
        "<a>".repeat(SafeXmlReader.MAX_DEPTH + 5) + "</a>".repeat(SafeXmlReader.MAX_DEPTH + 5);
    ValidationReport report = Fixtures.validateText(deep, ValidationOptions.forImport(true));
    assertThat(report.errors())
        .singleElement()
        .satisfies(
            fault -> {
              assertThat(fault.kind()).isEqualTo(FaultKind.NOT_WELL_FORMED);
              assertThat(fault.message()).contains("nested more than 100 levels");
            });
  }

  @Test
  void refusesBytesAboveTheLimitAsTooLarge() {
    ValidationReport report =
        validator.validate(
            Fixtures.bytes("valid-study.xml"),
            "valid-study.xml",
            ValidationOptions.strict().withMaxBytes(1000));
    assertThat(report.tooLarge()).isTrue();
    assertThat(report.valid()).isFalse();
    assertThat(report.faults())
        .singleElement()
        .satisfies(
            fault -> {
              assertThat(fault.kind()).isEqualTo(FaultKind.TOO_LARGE);
              assertThat(fault.message()).contains("limit of 1000 bytes");
            });
  }

  @Test
  void readsNoMoreThanTheLimitFromAnEndlessStream() {
    CountingEndlessStream endless = new CountingEndlessStream();
    ValidationReport report =
        validator.validate(
            endless, "endless.xml", ValidationOptions.forImport(false).withMaxBytes(10_000));
    assertThat(report.tooLarge()).isTrue();
    assertThat(endless.read).isEqualTo(10_001);
  }

  @Test
  void refusesALargeFileWithoutReadingIt(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("big.xml");
    Files.write(file, Fixtures.bytes("valid-study.xml"));
    ValidationReport report =
        validator.validate(file, ValidationOptions.strict().withMaxBytes(500));
    assertThat(report.tooLarge()).isTrue();
    assertThat(report.sourceName()).isEqualTo("big.xml");
  }

  @Test
  void validatesAStreamWithinTheLimit() {
    ValidationReport report =
        validator.validate(
            new ByteArrayInputStream(Fixtures.bytes("valid-study.xml")),
            "valid-study.xml",
            ValidationOptions.strict());
    assertThat(report.valid()).isTrue();
  }

  @Test
  void reportsEveryFaultNotOnlyTheFirst() {
    String xml =
        Fixtures.text("broken-dangling-itemref.xml")
            .replace("edc:Algorithm=\"PUCAI/1\"", "edc:Algorithm=\"PUCAI/9\"")
            .replace(
                "<FormDef OID=\"F.PUCAI\" Name=\"PUCAI\" Repeating=\"No\">",
                "<FormDef OID=\"F.PUCAI\" Name=\"PUCAI\" Repeating=\"Sometimes\">");
    ValidationReport report = Fixtures.validateText(xml, ValidationOptions.strict());
    assertThat(report.errors())
        .extracting(Fault::kind)
        .containsExactlyInAnyOrder(
            FaultKind.SCHEMA, FaultKind.DANGLING_REFERENCE, FaultKind.UNKNOWN_ALGORITHM);
    assertThat(report.formCount()).isEqualTo(1);
    assertThat(report.itemCount()).isEqualTo(2);
  }

  @Test
  void listsFaultsInFileOrder() {
    ValidationReport report =
        Fixtures.validate("broken-dangling-extension.xml", ValidationOptions.strict());
    assertThat(report.faults()).extracting(Fault::line).isSorted();
  }

  @Test
  void capsTheListOfFaultsAndSaysHowManyWereLeftOut() {
    String xml =
        Fixtures.text("broken-dangling-extension.xml")
            .replace("edc:Algorithm=\"PUCAI/1\"", "edc:Algorithm=\"PUCAI/9\"");
    ValidationOptions options = new ValidationOptions(ValidationMode.STRICT, false, 1_000_000, 2);
    ValidationReport report = Fixtures.validateText(xml, options);
    assertThat(report.faults()).hasSize(3);
    assertThat(report.faults().get(2).message())
        .isEqualTo("1 further faults were found but not listed (limit 2).");
    assertThat(report.valid()).isFalse();
  }

  @Test
  void allowsLenientValidationForImportsOnly() {
    assertThatThrownBy(() -> new ValidationOptions(ValidationMode.STRICT, true, 100, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("imports only");
  }

  @Test
  void readsTheEncodingTheFileDeclares() {
    String latin1 =
        Fixtures.text("valid-study.xml")
            .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
            .replace(
                "Average of the last 48 hours.", "Durchschnitt der letzten 48 Stunden, größer.");
    ValidationReport report =
        validator.validate(
            latin1.getBytes(StandardCharsets.ISO_8859_1), "latin1.xml", ValidationOptions.strict());
    assertThat(report.valid()).isTrue();
    assertThat(
            report
                .definition()
                .orElseThrow()
                .itemGroup("IG.PUCAI")
                .orElseThrow()
                .section()
                .intro()
                .text(java.util.Locale.ENGLISH))
        .endsWith("größer.");
  }

  /** Endless 'a' bytes, counting how many were read. */
  private static final class CountingEndlessStream extends InputStream {
    private long read;

    @Override
    public int read() {
      read++;
      return 'a';
    }
  }
}
