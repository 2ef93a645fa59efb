package org.ecrf.crf.odm.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export of 2,000 forms (100 subjects, 4 visits, 5 forms each) is written and read back while
 * neither side holds more than the form at hand. No list of forms exists anywhere in this test:
 * each form is made from its indices just before it is written, and each form read is compared with
 * a form made again from its keys, then dropped. That the writer and reader stream (rather than
 * buffer the document) is measured in bytes: the writer has passed nearly all of the file to its
 * stream before it is finished, and the reader has read only a buffer's length beyond each form
 * when it hands that form over.
 */
class StreamingExportTest {

  private static final int SUBJECTS = 100;
  private static final int EVENTS = 4;
  private static final int FORMS = 5;
  private static final int TOTAL = SUBJECTS * EVENTS * FORMS;

  /** How far ahead of a delivered form the reader may have read: its parser's buffer. */
  private static final long READ_AHEAD = 64 * 1024;

  @TempDir Path folder;

  @Test
  void writesAndReadsTwoThousandFormsOneAtATime() throws IOException {
    Path file = folder.resolve("export.xml");
    long flushedBeforeFinish;
    try (Counting.Out out = new Counting.Out(Files.newOutputStream(file))) {
      ClinicalDataWriter writer =
          ClinicalDataWriter.open(
              out,
              OdmFileHeader.of(
                  "EXPORT.2000", FileType.SNAPSHOT, Instant.parse("2025-03-01T00:00:00Z")));
      writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));
      for (int s = 0; s < SUBJECTS; s++) {
        writer.startSubject(SubjectDataHeader.of(subjectKey(s), "SITE.01"));
        for (int e = 0; e < EVENTS; e++) {
          writer.startStudyEvent(StudyEventDataHeader.of("SE.V" + e, "1"));
          for (int f = 0; f < FORMS; f++) {
            writer.writeForm(form(s, e, f));
          }
          writer.endStudyEvent();
        }
        writer.endSubject();
      }
      flushedBeforeFinish = out.count;
      writer.finish();
    }
    long size = Files.size(file);

    assertThat(flushedBeforeFinish).isGreaterThan(size * 9 / 10);
    assertThat(OdmXsd.errors(file)).isEmpty();

    int[] delivered = {0};
    try (Counting.In in = new Counting.In(Files.newInputStream(file))) {
      FormDataListener check =
          new FormDataListener() {
            @Override
            public void accepted(FormDataSubmission form) {
              long formsSoFar = delivered[0] + 1L;
              assertThat(in.count).isLessThanOrEqualTo(size * formsSoFar / TOTAL + READ_AHEAD);
              assertThat(WithoutPositions.of(FormSnapshot.of(form)))
                  .isEqualTo(expectedFor(form.key()));
              delivered[0]++;
            }

            @Override
            public void refused(RefusedForm form) {
              throw new AssertionError("Refused " + form);
            }
          };
      ReadSummary summary = new ClinicalDataReader(ReadOptions.defaults()).read(in, check);

      assertThat(summary.outcome()).isEqualTo(ReadOutcome.READ_TO_END);
      assertThat(summary.formsAccepted()).isEqualTo(TOTAL);
    }
    assertThat(delivered[0]).isEqualTo(TOTAL);
  }

  private static String subjectKey(int subject) {
    return String.format("01-%04d", subject + 1);
  }

  /** The form a delivered form should be, made again from its keys. */
  private static FormSnapshot expectedFor(FormKey key) {
    int s = Integer.parseInt(key.subjectKey().substring(3)) - 1;
    int e = Integer.parseInt(key.studyEventOid().substring(4));
    int f = Integer.parseInt(key.formOid().substring(3));
    return form(s, e, f);
  }

  /** Form f of visit e of subject s: two item groups of five items, an audit record. */
  private static FormSnapshot form(int s, int e, int f) {
    AuditRecordData audit =
        AuditRecordData.of(
                "U." + (s % 7),
                "SITE.01",
                Instant.ofEpochSecond(1_700_000_000L + s * 1000L + e * 10L + f))
            .withReasonForChange("Entered at visit " + e);
    FormDataHeader header =
        new FormDataHeader(
            "F.F" + f, "1", Optional.empty(), Provenance.of(audit), SourcePosition.NONE);
    return new FormSnapshot(header, List.of(group(s, e, f, 1), group(s, e, f, 2)));
  }

  private static ItemGroupData group(int s, int e, int f, int row) {
    List<ItemData> items =
        List.of(
            ItemData.of("I.WEIGHT", (20 + s % 30) + "." + row).withUnit("MU.KG"),
            ItemData.of("I.CRP", "<" + (e + f)),
            ItemData.of("I.NOTE", "subject " + s + "\nvisit " + e + " & form " + f),
            ItemData.nullValue("I.ESR"),
            ItemData.of("I.DATE", "2025-0" + (1 + e) + "-1" + f));
    return ItemGroupData.of("IG.LAB", Integer.toString(row), items);
  }

  /** Streams that count the bytes that pass through them. */
  private static final class Counting {
    private Counting() {}

    static final class Out extends FilterOutputStream {
      long count;

      Out(OutputStream out) {
        super(out);
      }

      @Override
      public void write(int b) throws IOException {
        out.write(b);
        count++;
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        count += len;
      }
    }

    static final class In extends FilterInputStream {
      long count;

      In(InputStream in) {
        super(in);
      }

      @Override
      public int read() throws IOException {
        int b = in.read();
        count += b < 0 ? 0 : 1;
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        count += Math.max(n, 0);
        return n;
      }
    }
  }
}
