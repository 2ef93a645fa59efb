package org.ecrf.crf.odm.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the writer writes, the reader reads back as the same records (positions aside, which only
 * the reader knows): every level, every attachment, every transaction type, any value.
 */
class RoundTripTest {

  @ParameterizedTest
  @EnumSource(FileType.class)
  void readsBackARichSubjectAsWritten(FileType fileType) {
    SubjectSnapshot subject = Samples.richSubject("001");
    Written written =
        Written.by(
            Samples.file(fileType),
            writer -> {
              writer.writeAdminData(Samples.adminData());
              writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));
              writer.writeSubject(subject);
            });

    CollectedForms forms = read(written, true);

    assertThat(forms.summary.faults()).isEmpty();
    assertThat(forms.accepted).hasSize(1);
    assertSameIgnoringPositions(
        forms.accepted.get(0),
        submission(
            fileType,
            "MDV.1",
            subject.header(),
            subject.studyEvents().get(0).header(),
            subject.studyEvents().get(0).forms().get(0)));
  }

  @Test
  void readsBackEveryTransactionTypeAtEveryLevel() {
    for (TransactionType type : TransactionType.values()) {
      Optional<TransactionType> given = Optional.of(type);
      ItemData item = ItemData.of("I.X", "1").withTransactionType(type);
      ItemGroupData group =
          new ItemGroupData(
              "IG.X", "2", given, Provenance.NONE, List.of(item), SourcePosition.NONE);
      FormSnapshot form =
          new FormSnapshot(
              new FormDataHeader("F.X", "3", given, Provenance.NONE, SourcePosition.NONE),
              List.of(group));
      StudyEventDataHeader event =
          new StudyEventDataHeader("SE.X", "4", given, Provenance.NONE, SourcePosition.NONE);
      SubjectDataHeader subject =
          new SubjectDataHeader(
              "001",
              given,
              Optional.empty(),
              Optional.empty(),
              Provenance.NONE,
              SourcePosition.NONE);

      CollectedForms forms =
          read(
              Written.subject(
                  new SubjectSnapshot(
                      subject, List.of(new StudyEventSnapshot(event, List.of(form))))),
              true);

      assertSameIgnoringPositions(
          forms.accepted.get(0), submission(FileType.TRANSACTIONAL, "MDV.1", subject, event, form));
    }
  }

  /** Seeded, so that a failure can be repeated: values from characters that tend to break XML. */
  @Test
  void readsBackGeneratedValuesExactly() {
    Random random = new Random(20250301L);
    List<ItemData> items = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      items.add(ItemData.of("I.V" + i, randomValue(random)));
    }
    FormSnapshot form =
        new FormSnapshot(
            FormDataHeader.of("F.X", "1"), List.of(ItemGroupData.of("IG.X", "1", items)));
    SubjectSnapshot subject =
        new SubjectSnapshot(
            SubjectDataHeader.of("001", "SITE.01"),
            List.of(new StudyEventSnapshot(StudyEventDataHeader.of("SE.X", "1"), List.of(form))));

    CollectedForms forms = read(Written.subject(subject), false);

    assertThat(forms.accepted.get(0).itemGroups().get(0).items())
        .extracting(ItemData::value)
        .containsExactlyElementsOf(items.stream().map(ItemData::value).toList());
  }

  @Test
  void writesBackTheCdiscSampleSoThatItReadsTheSame() throws IOException {
    CollectedForms original = new CollectedForms();
    new ClinicalDataReader(ReadOptions.defaults())
        .read(
            ClinicalDataSource.of(SharedSamples.sample("sample-metadata-and-clinicaldata.xml")),
            original);
    FormDataSubmission form = original.accepted.get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClinicalDataWriter writer =
        ClinicalDataWriter.open(
            out,
            OdmFileHeader.of("F.AGAIN", form.fileType(), Instant.parse("2025-03-01T00:00:00Z")));
    writer.startClinicalData(form.clinicalData());
    writer.startSubject(form.subject());
    writer.startStudyEvent(form.studyEvent());
    writer.writeForm(FormSnapshot.of(form));
    writer.endStudyEvent();
    writer.endSubject();
    writer.finish();

    CollectedForms again =
        CollectedForms.read(
            out.toString(java.nio.charset.StandardCharsets.UTF_8),
            ReadOptions.defaults().withSchemaValidation(true));

    assertThat(again.accepted).hasSize(1);
    assertSameIgnoringPositions(again.accepted.get(0), form);
  }

  static void assertSameIgnoringPositions(FormDataSubmission actual, FormDataSubmission expected) {
    assertThat(actual)
        .usingRecursiveComparison()
        .ignoringFieldsMatchingRegexes("(.*\\.)?position")
        .isEqualTo(expected);
  }

  static FormDataSubmission submission(
      FileType fileType,
      String version,
      SubjectDataHeader subject,
      StudyEventDataHeader event,
      FormSnapshot form) {
    return new FormDataSubmission(
        fileType,
        new ClinicalDataHeader("TOPIT", version),
        subject,
        event,
        form.header(),
        form.itemGroups());
  }

  private static CollectedForms read(Written written, boolean validate) {
    CollectedForms forms = new CollectedForms();
    forms.summary =
        new ClinicalDataReader(ReadOptions.defaults().withSchemaValidation(validate))
            .read(ClinicalDataSource.of(written.bytes), forms);
    return forms;
  }

  private static final String AWKWARD = "ab <>&\"' \t\n\r]]>-;#é€😀漢\u00a0\u2028";

  private static String randomValue(Random random) {
    int length = random.nextInt(12);
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < length; i++) {
      value.appendCodePoint(
          AWKWARD.codePointAt(
              AWKWARD.offsetByCodePoints(
                  0, random.nextInt(AWKWARD.codePointCount(0, AWKWARD.length())))));
    }
    return value.toString();
  }
}
