package org.ecrf.crf.odm.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

/** What the writer produces: valid ODM 1.3.2 in the schema's order, values as given, UTC times. */
class ClinicalDataWriterTest {

  private static final FormSnapshot SMALL_FORM =
      new FormSnapshot(
          FormDataHeader.of("F.X", "1"),
          List.of(ItemGroupData.of("IG.X", "1", List.of(ItemData.of("I.X", "1")))));

  @Test
  void writesARichDocumentThatIsValidOdm132() {
    Written written =
        Written.by(
            Samples.file(FileType.SNAPSHOT),
            writer -> {
              writer.writeAdminData(Samples.adminData());
              writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));
              writer.writeSubject(Samples.richSubject("001"));
              writer.writeSubject(Samples.richSubject("002"));
            });

    assertThat(OdmXsd.errors(written.bytes)).isEmpty();
  }

  /** The reviewed output, kept as a file: any change of the written form shows in a diff. */
  @Test
  void writesExactlyTheReviewedDocument() {
    Written written =
        Written.by(
            Samples.file(FileType.SNAPSHOT),
            writer -> {
              writer.writeAdminData(Samples.adminData());
              writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));
              writer.writeSubject(Samples.richSubject("001"));
            });

    assertThat(written.text()).isEqualTo(CollectedForms.resource("expected-rich-subject.xml"));
  }

  @Test
  void writesEveryLevelsChildrenInTheSchemasOrder() {
    Written written =
        Written.by(
            Samples.file(FileType.SNAPSHOT),
            writer -> {
              writer.writeAdminData(Samples.adminData());
              writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));
              writer.writeSubject(Samples.richSubject("001"));
            });

    assertThat(Written.childNames(written.dom().getDocumentElement()))
        .containsExactly("AdminData", "ClinicalData");
    assertThat(Written.childNames(written.first("SubjectData")))
        .containsExactly(
            "AuditRecord",
            "Signature",
            "InvestigatorRef",
            "SiteRef",
            "Annotation",
            "Annotation",
            "StudyEventData");
    assertThat(Written.childNames(written.first("StudyEventData")))
        .containsExactly("AuditRecord", "Signature", "Annotation", "Annotation", "FormData");
    assertThat(Written.childNames(written.first("FormData")))
        .containsExactly(
            "AuditRecord",
            "Signature",
            "Annotation",
            "Annotation",
            "ItemGroupData",
            "ItemGroupData");
    assertThat(Written.childNames(written.first("ItemData")))
        .containsExactly(
            "AuditRecord", "Signature", "MeasurementUnitRef", "Annotation", "Annotation");
    assertThat(Written.childNames(written.first("AuditRecord")))
        .containsExactly("UserRef", "LocationRef", "DateTimeStamp", "ReasonForChange");
    assertThat(Written.childNames(written.first("Signature")))
        .containsExactly("UserRef", "LocationRef", "SignatureRef", "DateTimeStamp");
    assertThat(Written.childNames(written.first("AdminData")))
        .containsExactly("User", "User", "Location", "SignatureDef");
  }

  @Test
  void writesTheRootAndTimesInUtc() {
    Written written = Written.subject(Samples.richSubject("001"));
    Element root = written.dom().getDocumentElement();

    assertThat(root.getAttribute("ODMVersion")).isEqualTo("1.3.2");
    assertThat(root.getAttribute("FileType")).isEqualTo("Transactional");
    assertThat(root.getAttribute("FileOID")).isEqualTo("EXPORT.TOPIT.1");
    assertThat(root.getAttribute("CreationDateTime")).isEqualTo("2025-03-01T10:00:00Z");
    assertThat(root.getAttribute("SourceSystem")).isEqualTo("ecrf");
    assertThat(written.first("DateTimeStamp").getTextContent()).isEqualTo("2025-02-10T08:15:30Z");
    assertThat(written.text()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      value = {
        "plain|12.5",
        "spaces kept|'  12.50 '",
        "line feed|first\\nsecond",
        "carriage return and line feed|first\\r\\nsecond",
        "tab|a\\tb",
        "markup|<5 & \"high\" 'low' ]]>",
        "entity look-alike|&amp; &#10;",
        "accents and emoji|Müller 😀 漢字",
        "empty|''"
      })
  void writesValuesExactlyAsGiven(String name, String raw) {
    String value = raw.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
    value = value.equals("''") ? "" : value;
    SubjectSnapshot subject = subjectWith(ItemData.of("I.TEXT", value));

    Written written = Written.subject(subject);

    assertThat(written.first("ItemData").getAttribute("Value")).isEqualTo(value);
    assertThat(OdmXsd.errors(written.bytes)).isEmpty();
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0000", "0001", "001F", "FFFE", "FFFF", "D800"})
  void refusesCharactersXmlCannotCarryAndNamesWhere(String hex) throws IOException {
    String value = "12" + (char) Integer.parseInt(hex, 16);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClinicalDataWriter writer = ClinicalDataWriter.open(out, Samples.file(FileType.SNAPSHOT));
    writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));

    assertThatThrownBy(() -> writer.writeSubject(subjectWith(ItemData.of("I.TEXT", value))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot write the attribute Value of ODM / ClinicalData TOPIT / SubjectData 001"
                + " / StudyEventData SE.WEEK0[1] / FormData F.X[1] / ItemGroupData IG.X[1]"
                + " / ItemData I.TEXT: it contains U+"
                + hex
                + " at character 3, which XML 1.0 cannot carry.");
    assertThatThrownBy(writer::finish)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("earlier failed write");
  }

  @ParameterizedTest
  @EnumSource(
      value = TransactionType.class,
      names = {"UPDATE", "REMOVE", "UPSERT", "CONTEXT"})
  void refusesTransactionTypesASnapshotMustNotCarry(TransactionType type) throws IOException {
    ClinicalDataWriter writer =
        ClinicalDataWriter.open(new ByteArrayOutputStream(), Samples.file(FileType.SNAPSHOT));
    writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));

    assertThatThrownBy(
            () ->
                writer.writeSubject(subjectWith(ItemData.of("I.X", "1").withTransactionType(type))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ItemData I.X")
        .hasMessageContaining("TransactionType " + type.odmName())
        .hasMessageContaining("a Snapshot file allows only Insert or none");
  }

  @ParameterizedTest
  @EnumSource(TransactionType.class)
  void writesEveryTransactionTypeInATransactionalFile(TransactionType type) {
    Written written =
        Written.subject(subjectWith(ItemData.of("I.X", "1").withTransactionType(type)));

    assertThat(written.first("ItemData").getAttribute("TransactionType")).isEqualTo(type.odmName());
    assertThat(OdmXsd.errors(written.bytes)).isEmpty();
  }

  @Test
  void writesInsertInASnapshotFile() {
    Written written =
        Written.by(
            Samples.file(FileType.SNAPSHOT),
            writer -> {
              writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));
              writer.writeSubject(
                  subjectWith(ItemData.of("I.X", "1").withTransactionType(TransactionType.INSERT)));
            });

    assertThat(written.first("ItemData").getAttribute("TransactionType")).isEqualTo("Insert");
  }

  @Test
  void refusesAFormOutsideAStudyEvent() throws IOException {
    ClinicalDataWriter writer =
        ClinicalDataWriter.open(new ByteArrayOutputStream(), Samples.file(FileType.SNAPSHOT));
    writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));
    writer.startSubject(SubjectDataHeader.of("001", "SITE.01"));

    assertThatThrownBy(() -> writer.writeForm(SMALL_FORM))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot write FormData here: the writer is inside a subject, outside any study event"
                + " (ODM / ClinicalData TOPIT / SubjectData 001).");
  }

  @Test
  void refusesAdminDataAfterClinicalData() throws IOException {
    ClinicalDataWriter writer =
        ClinicalDataWriter.open(new ByteArrayOutputStream(), Samples.file(FileType.SNAPSHOT));
    writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));
    writer.endClinicalData();

    assertThatThrownBy(() -> writer.writeAdminData(Samples.adminData()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AdminData must come before ClinicalData");
  }

  @Test
  void refusesToFinishWithASubjectOpen() throws IOException {
    ClinicalDataWriter writer =
        ClinicalDataWriter.open(new ByteArrayOutputStream(), Samples.file(FileType.SNAPSHOT));
    writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));
    writer.startSubject(SubjectDataHeader.of("001", "SITE.01"));

    assertThatThrownBy(writer::finish).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closesAnOpenClinicalDataOnFinishAndLeavesTheStreamOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    ClinicalDataWriter writer = ClinicalDataWriter.open(out, Samples.file(FileType.SNAPSHOT));
    writer.startClinicalData(new ClinicalDataHeader("TOPIT", "MDV.1"));
    writer.finish();

    assertThat(closed[0]).isFalse();
    assertThat(OdmXsd.errors(out.toByteArray())).isEmpty();
    assertThat(out.toString()).endsWith("</ODM>\n");
  }

  private static SubjectSnapshot subjectWith(ItemData item) {
    return new SubjectSnapshot(
        SubjectDataHeader.of("001", "SITE.01"),
        List.of(
            new StudyEventSnapshot(
                StudyEventDataHeader.of("SE.WEEK0", "1"),
                List.of(
                    new FormSnapshot(
                        FormDataHeader.of("F.X", "1"),
                        List.of(ItemGroupData.of("IG.X", "1", List.of(item))))))));
  }
}
