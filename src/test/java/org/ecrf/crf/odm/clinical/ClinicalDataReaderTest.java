package org.ecrf.crf.odm.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the reader delivers for well-formed files: keys, values, audit records, order. */
class ClinicalDataReaderTest {

  private static final String AUDIT =
      "<AuditRecord><UserRef UserOID=\"%s\"/><LocationRef LocationOID=\"SITE.01\"/>"
          + "<DateTimeStamp>2025-03-01T10:00:00+01:00</DateTimeStamp>"
          + "<ReasonForChange>%s</ReasonForChange></AuditRecord>";

  @Test
  void deliversEveryFormInFileOrderAcrossSubjectsAndClinicalDataElements() {
    String xml =
        OdmText.HEADER
            + "<ClinicalData StudyOID=\"TOPIT\" MetaDataVersionOID=\"MDV.1\">"
            + OdmText.subject("001", OdmText.form("F.A", "") + OdmText.form("F.B", ""))
            + OdmText.subject("002", OdmText.form("F.C", ""))
            + "</ClinicalData><ClinicalData StudyOID=\"OTHER\" MetaDataVersionOID=\"MDV.2\">"
            + OdmText.subject("003", OdmText.form("F.D", ""))
            + "</ClinicalData></ODM>";

    CollectedForms forms = CollectedForms.read(xml);

    assertThat(forms.accepted)
        .extracting(form -> form.key().toString())
        .containsExactly(
            "TOPIT/001/SE.WEEK0[1]/F.A[1]",
            "TOPIT/001/SE.WEEK0[1]/F.B[1]",
            "TOPIT/002/SE.WEEK0[1]/F.C[1]",
            "OTHER/003/SE.WEEK0[1]/F.D[1]");
    assertThat(forms.accepted.get(3).clinicalData().metaDataVersionOid()).isEqualTo("MDV.2");
    assertThat(forms.summary.formsAccepted()).isEqualTo(4);
    assertThat(forms.summary.fileOid()).isEqualTo("F.TEST");
  }

  @Test
  void givesRepeatKeyOneWhenTheFileHasNoneAndKeepsGivenOnes() {
    String xml =
        OdmText.document(
            "<SubjectData SubjectKey=\"001\"><StudyEventData StudyEventOID=\"SE.UNS\""
                + " StudyEventRepeatKey=\"3\"><FormData FormOID=\"F.AE\" FormRepeatKey=\"2\">"
                + "<ItemGroupData ItemGroupOID=\"IG.AE\" ItemGroupRepeatKey=\"7\"/>"
                + "<ItemGroupData ItemGroupOID=\"IG.AE2\"/>"
                + "</FormData></StudyEventData></SubjectData>");

    FormDataSubmission form = CollectedForms.read(xml).accepted.get(0);

    assertThat(form.key()).isEqualTo(new FormKey("TOPIT", "001", "SE.UNS", "3", "F.AE", "2"));
    assertThat(form.itemGroups()).extracting(ItemGroupData::repeatKey).containsExactly("7", "1");
  }

  @Test
  void keepsValuesExactlyAsGiven() {
    String xml =
        OdmText.oneForm(
            OdmText.item("I.SPACES", "  12.50 ")
                + OdmText.item("I.LINES", "first line&#10;second&#9;tab")
                + OdmText.item("I.ESCAPED", "&lt;5 &amp; &quot;high&quot;")
                + OdmText.item("I.UNICODE", "Müller-Lüdenscheidt 😀")
                + OdmText.item("I.EMPTY", "")
                + "<ItemData ItemOID=\"I.NONE\" TransactionType=\"Remove\"/>"
                + "<ItemData ItemOID=\"I.NULL\" IsNull=\"Yes\"/>");

    List<ItemData> items = CollectedForms.read(xml).accepted.get(0).itemGroups().get(0).items();

    assertThat(items)
        .extracting(ItemData::value)
        .containsExactly(
            Optional.of("  12.50 "),
            Optional.of("first line\nsecond\ttab"),
            Optional.of("<5 & \"high\""),
            Optional.of("Müller-Lüdenscheidt 😀"),
            Optional.of(""),
            Optional.empty(),
            Optional.empty());
    assertThat(items.get(5).transactionType()).contains(TransactionType.REMOVE);
    assertThat(items.get(6).isNull()).isTrue();
  }

  @Test
  void resolvesTheNearestEnclosingAuditRecordForEachLevel() {
    String xml =
        OdmText.document(
            "<SubjectData SubjectKey=\"001\">"
                + AUDIT.formatted("U.SUBJECT", "subject level")
                + "<StudyEventData StudyEventOID=\"SE.WEEK0\"><FormData FormOID=\"F.LAB\">"
                + "<ItemGroupData ItemGroupOID=\"IG.LAB\">"
                + AUDIT.formatted("U.GROUP", "group level")
                + "<ItemData ItemOID=\"I.OWN\" Value=\"1\">"
                + AUDIT.formatted("U.ITEM", "item level")
                + "</ItemData><ItemData ItemOID=\"I.INHERITS\" Value=\"2\"/>"
                + "</ItemGroupData><ItemGroupData ItemGroupOID=\"IG.OTHER\">"
                + "<ItemData ItemOID=\"I.FROM_SUBJECT\" Value=\"3\"/>"
                + "</ItemGroupData></FormData></StudyEventData></SubjectData>");

    FormDataSubmission form = CollectedForms.read(xml).accepted.get(0);
    ItemGroupData lab = form.itemGroups().get(0);
    ItemGroupData other = form.itemGroups().get(1);

    assertThat(form.auditRecordFor(lab, lab.items().get(0)).orElseThrow().userOid())
        .isEqualTo("U.ITEM");
    assertThat(form.auditRecordFor(lab, lab.items().get(1)).orElseThrow().userOid())
        .isEqualTo("U.GROUP");
    assertThat(form.auditRecordFor(other, other.items().get(0)).orElseThrow().userOid())
        .isEqualTo("U.SUBJECT");
    assertThat(form.auditRecordForForm().orElseThrow().reasonForChange()).contains("subject level");
    assertThat(form.subject().provenance().auditRecord().orElseThrow().dateTimeStamp())
        .isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
    assertThat(lab.items().get(1).provenance().auditRecord()).isEmpty();
  }

  @Test
  void acceptsARemovedItemGroupWithoutItems() {
    String xml =
        OdmText.document(
            OdmText.subject(
                "001",
                "<FormData FormOID=\"F.CM\"><ItemGroupData ItemGroupOID=\"IG.CM\""
                    + " ItemGroupRepeatKey=\"2\" TransactionType=\"Remove\"/></FormData>"));

    ItemGroupData removed = CollectedForms.read(xml).accepted.get(0).itemGroups().get(0);

    assertThat(removed.transactionType()).contains(TransactionType.REMOVE);
    assertThat(removed.items()).isEmpty();
  }

  @Test
  void givesThePositionOfEveryLevel() {
    FormDataSubmission form =
        CollectedForms.read(OdmText.oneForm(OdmText.item("I.X", "1"))).accepted.get(0);

    assertThat(form.clinicalData().position().line()).isEqualTo(3);
    assertThat(form.subject().position()).isEqualTo(new SourcePosition(4, 36));
    assertThat(form.studyEvent().position().line()).isEqualTo(5);
    assertThat(form.form().position().line()).isEqualTo(6);
    assertThat(form.itemGroups().get(0).position().line()).isEqualTo(7);
    assertThat(form.itemGroups().get(0).items().get(0).position())
        .isEqualTo(new SourcePosition(8, 36));
  }

  @Test
  void refusesEveryFormWhenTheFileTypeIsMissing() {
    String xml =
        OdmText.oneForm(OdmText.item("I.X", "1")).replace(" FileType=\"Transactional\"", "");

    CollectedForms forms = CollectedForms.read(xml);

    assertThat(forms.accepted).isEmpty();
    assertThat(forms.refused).hasSize(1);
    assertThat(forms.refused.get(0).faults().get(0).message()).isEqualTo("ODM has no FileType.");
  }

  @Test
  void refusesVendorRootAttributesUnlessLenient() {
    String xml =
        OdmText.oneForm(OdmText.item("I.X", "1"))
            .replace("<ODM ", "<ODM xmlns:oc=\"urn:vendor\" oc:Version=\"3.1\" ");

    assertThat(CollectedForms.read(xml).refused).hasSize(1);
    CollectedForms lenient = CollectedForms.read(xml, ReadOptions.defaults().withLenient(true));
    assertThat(lenient.accepted).hasSize(1);
    assertThat(lenient.summary.warnings())
        .extracting(ClinicalDataFault::kind)
        .containsExactly(ClinicalFaultKind.UNKNOWN_NAMESPACE);
  }

  @Test
  void warnsAboutPartsItDoesNotReadButReadsTheForms() {
    String xml =
        OdmText.HEADER
            + "<ReferenceData StudyOID=\"TOPIT\" MetaDataVersionOID=\"MDV.1\"/>"
            + "<ClinicalData StudyOID=\"TOPIT\" MetaDataVersionOID=\"MDV.1\">"
            + OdmText.subject("001", OdmText.form("F.A", ""))
            + "<AuditRecords/></ClinicalData></ODM>";

    CollectedForms forms = CollectedForms.read(xml);

    assertThat(forms.accepted).hasSize(1);
    assertThat(forms.summary.warnings())
        .extracting(ClinicalDataFault::kind)
        .containsOnly(ClinicalFaultKind.IGNORED_CONTENT)
        .hasSize(2);
  }

  @Test
  void passesOnWhatTheListenerThrowsAndReadsNoFurther() {
    String xml =
        OdmText.document(OdmText.subject("001", OdmText.form("F.A", "") + OdmText.form("F.B", "")));
    List<String> seen = new ArrayList<>();
    FormDataListener failing =
        new FormDataListener() {
          @Override
          public void accepted(FormDataSubmission form) {
            seen.add(form.form().formOid());
            throw new IllegalStateException("database down");
          }

          @Override
          public void refused(RefusedForm form) {}
        };

    assertThatThrownBy(
            () ->
                new ClinicalDataReader(ReadOptions.defaults())
                    .read(ClinicalDataSource.of(xml.getBytes(StandardCharsets.UTF_8)), failing))
        .hasMessage("database down");
    assertThat(seen).containsExactly("F.A");
  }

  @Test
  void needsASourceToValidateAgainstTheSchema() {
    ClinicalDataReader reader =
        new ClinicalDataReader(ReadOptions.defaults().withSchemaValidation(true));

    assertThatThrownBy(
            () -> reader.read(new ByteArrayInputStream(new byte[0]), new CollectedForms()))
        .isInstanceOf(IllegalStateException.class);
  }
}
