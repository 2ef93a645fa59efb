package org.ecrf.crf.odm.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input built to hurt a reader: entity tricks, endless whitespace, bytes that are not UTF-8,
 * control characters, broken markup, absurd nesting. Each is refused safely with its position; no
 * entity is expanded, no file or URL is read, no limit is passed, and forms before the fault stand.
 */
class HostileInputTest {

  @ParameterizedTest(name = "{0}: {1} at {2}:{3}")
  @CsvFileSource(resources = "/crf/clinical/hostile-files.csv", numLinesToSkip = 1)
  void stopsSafelyAtTheFault(
      String file,
      ClinicalFaultKind kind,
      int line,
      int column,
      String message,
      int accepted,
      int refused) {
    for (boolean validate : new boolean[] {false, true}) {
      CollectedForms forms =
          CollectedForms.readResource(file, ReadOptions.defaults().withSchemaValidation(validate));

      assertThat(forms.summary.outcome()).isEqualTo(ReadOutcome.STOPPED);
      assertThat(forms.summary.errors())
          .singleElement()
          .satisfies(
              fault -> {
                assertThat(fault.kind()).isEqualTo(kind);
                assertThat(fault.effect()).isEqualTo(FaultEffect.STOPS_READING);
                assertThat(fault.position()).isEqualTo(new SourcePosition(line, column));
                assertThat(fault.message()).contains(message);
              });
      assertThat(forms.accepted).hasSize(validate ? 0 : accepted);
      assertThat(forms.refused).hasSize(validate ? 0 : refused);
    }
  }

  @Test
  void neverShowsTheContentOfAnExternalEntity() {
    CollectedForms forms = CollectedForms.readResource("hostile-xxe.xml", ReadOptions.defaults());

    assertThat(forms.summary.faults().toString()).doesNotContain("root:");
    assertThat(forms.accepted).isEmpty();
  }

  @Test
  void refusesTheFormWithABadItemInTheMiddleAndDeliversTheNext() {
    CollectedForms forms =
        CollectedForms.readResource("hostile-bad-item-in-the-middle.xml", ReadOptions.defaults());

    assertThat(forms.summary.outcome()).isEqualTo(ReadOutcome.READ_TO_END);
    assertThat(forms.accepted)
        .extracting(form -> form.form().formOid())
        .containsExactly("F.FIRST", "F.THIRD");
    assertThat(forms.refused)
        .singleElement()
        .satisfies(
            refused -> {
              assertThat(refused.key().formOid()).isEqualTo("F.SECOND");
              assertThat(refused.faults())
                  .extracting(ClinicalDataFault::position)
                  .containsExactly(new SourcePosition(15, 37));
            });
  }

  @Test
  void stopsFiftyMegabytesOfWhitespaceAtAOneMegabyteLimitWithoutReadingOn() {
    Generated whitespace = new Generated(OdmText.HEADER, ' ', 50L * 1024 * 1024, "</ODM>");
    CollectedForms forms = new CollectedForms();

    ReadSummary summary =
        new ClinicalDataReader(ReadOptions.defaults().withMaxBytes(1024 * 1024))
            .read(whitespace, forms);

    assertThat(summary.outcome()).isEqualTo(ReadOutcome.STOPPED);
    assertThat(summary.errors())
        .extracting(ClinicalDataFault::kind)
        .containsExactly(ClinicalFaultKind.TOO_LARGE);
    assertThat(whitespace.served).isLessThan(1024 * 1024 + 64 * 1024);
  }

  @Test
  void stopsAtNestingTenThousandLevelsDeepWithoutExhaustingTheStack() {
    String open = "<x:n xmlns:x=\"urn:vendor\">".repeat(10_000);
    String close = "</x:n>".repeat(10_000);
    String xml =
        OdmText.oneForm(OdmText.item("I.X", "1")).replace("</ODM>", open + close + "</ODM>");

    CollectedForms forms = CollectedForms.read(xml, ReadOptions.defaults().withLenient(true));

    assertThat(forms.accepted).hasSize(1);
    assertThat(forms.summary.outcome()).isEqualTo(ReadOutcome.STOPPED);
    assertThat(forms.summary.errors())
        .singleElement()
        .satisfies(
            fault -> {
              assertThat(fault.kind()).isEqualTo(ClinicalFaultKind.TOO_DEEP);
              assertThat(fault.message()).contains("32 levels");
            });
  }

  @ParameterizedTest(name = "byte 0x{0}")
  @ValueSource(strings = {"FF", "C3", "80", "ED"})
  void stopsAtBytesThatAreNotUtf8AndKeepsTheFormsBefore(String hex) throws IOException {
    byte[] bad = documentWithBytesInTheSecondForm(new byte[] {(byte) Integer.parseInt(hex, 16)});

    CollectedForms forms = new CollectedForms();
    ReadSummary summary =
        new ClinicalDataReader(ReadOptions.defaults()).read(ClinicalDataSource.of(bad), forms);

    assertThat(summary.outcome()).isEqualTo(ReadOutcome.STOPPED);
    assertThat(summary.errors())
        .singleElement()
        .satisfies(
            fault -> {
              assertThat(fault.kind()).isEqualTo(ClinicalFaultKind.NOT_WELL_FORMED);
              assertThat(fault.message()).contains("UTF-8");
            });
    assertThat(forms.accepted).extracting(f -> f.form().formOid()).containsExactly("F.FIRST");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0000", "0001", "0008", "000B", "001F"})
  void stopsAtRawControlCharacters(String hex) throws IOException {
    byte[] bad =
        documentWithBytesInTheSecondForm(
            Character.toString(Integer.parseInt(hex, 16)).getBytes(StandardCharsets.UTF_8));

    CollectedForms forms = new CollectedForms();
    ReadSummary summary =
        new ClinicalDataReader(ReadOptions.defaults()).read(ClinicalDataSource.of(bad), forms);

    assertThat(summary.outcome()).isEqualTo(ReadOutcome.STOPPED);
    assertThat(summary.errors())
        .extracting(ClinicalDataFault::kind)
        .containsExactly(ClinicalFaultKind.NOT_WELL_FORMED);
    assertThat(forms.accepted).extracting(f -> f.form().formOid()).containsExactly("F.FIRST");
    assertThat(forms.refused).extracting(f -> f.key().formOid()).containsExactly("F.SECOND");
  }

  @Test
  void stopsAtBinaryGarbage() {
    byte[] garbage = new byte[4096];
    new java.util.Random(42).nextBytes(garbage);

    ReadSummary summary =
        new ClinicalDataReader(ReadOptions.defaults())
            .read(ClinicalDataSource.of(garbage), new CollectedForms());

    assertThat(summary.outcome()).isEqualTo(ReadOutcome.STOPPED);
    assertThat(summary.errors()).hasSize(1);
  }

  /** Two forms; the second form's Value carries the given bytes. */
  private static byte[] documentWithBytesInTheSecondForm(byte[] inserted) throws IOException {
    String xml =
        OdmText.document(
            OdmText.subject(
                "001",
                OdmText.form("F.FIRST", OdmText.item("I.X", "1"))
                    + OdmText.form("F.SECOND", OdmText.item("I.X", "12@@"))));
    String[] parts = xml.split("@@");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(parts[0].getBytes(StandardCharsets.UTF_8));
    bytes.write(inserted);
    bytes.write(parts[1].getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  /** A stream of a head, a long run of one character, and a tail, made up as it is read. */
  private static final class Generated extends InputStream {
    private final List<byte[]> parts = new ArrayList<>();
    private final byte filler;
    private final long fillerLength;
    private long served;
    private final long headLength;
    private final long total;

    Generated(String head, char filler, long fillerLength, String tail) {
      parts.add(head.getBytes(StandardCharsets.UTF_8));
      parts.add(tail.getBytes(StandardCharsets.UTF_8));
      this.filler = (byte) filler;
      this.fillerLength = fillerLength;
      this.headLength = parts.get(0).length;
      this.total = headLength + fillerLength + parts.get(1).length;
    }

    @Override
    public int read() {
      if (served >= total) {
        return -1;
      }
      long at = served++;
      if (at < headLength) {
        return parts.get(0)[(int) at] & 0xFF;
      }
      if (at < headLength + fillerLength) {
        return filler & 0xFF;
      }
      return parts.get(1)[(int) (at - headLength - fillerLength)] & 0xFF;
    }
  }
}
