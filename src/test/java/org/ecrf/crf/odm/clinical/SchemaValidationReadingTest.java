package org.ecrf.crf.odm.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * With schema validation, the whole file is checked against the ODM 1.3.2 schema first: a file with
 * schema errors delivers no form, and each error has its line and column.
 */
class SchemaValidationReadingTest {

  private static final ReadOptions VALIDATING = ReadOptions.defaults().withSchemaValidation(true);

  private static final String AUDIT =
      "<AuditRecord><UserRef UserOID=\"U.1\"/><LocationRef LocationOID=\"L.1\"/>"
          + "<DateTimeStamp>2025-03-01T10:00:00Z</DateTimeStamp></AuditRecord>\n";

  @Test
  void deliversTheFormsOfAValidFile() {
    CollectedForms forms =
        CollectedForms.read(OdmText.oneForm(OdmText.item("I.X", "1")), VALIDATING);

    assertThat(forms.summary.outcome()).isEqualTo(ReadOutcome.READ_TO_END);
    assertThat(forms.accepted).hasSize(1);
  }

  @Test
  void deliversNoFormOfAFileWithElementsOutOfOrder() {
    String xml =
        OdmText.document(
            OdmText.subject(
                "001",
                "<FormData FormOID=\"F.OK\"/>\n"
                    + "<FormData FormOID=\"F.LATE_AUDIT\">\n"
                    + "<ItemGroupData ItemGroupOID=\"IG.X\"/>\n"
                    + AUDIT
                    + "</FormData>\n"));

    CollectedForms forms = CollectedForms.read(xml, VALIDATING);

    assertThat(forms.summary.outcome()).isEqualTo(ReadOutcome.NOT_VALID);
    assertThat(forms.accepted).isEmpty();
    assertThat(forms.refused).isEmpty();
    assertThat(forms.summary.errors())
        .singleElement()
        .satisfies(
            fault -> {
              assertThat(fault.kind()).isEqualTo(ClinicalFaultKind.SCHEMA);
              assertThat(fault.position()).isEqualTo(new SourcePosition(9, 14));
              assertThat(fault.message())
                  .startsWith("Not valid against the ODM 1.3.2 schema: ")
                  .contains("'AuditRecord'")
                  .endsWith("(cvc-complex-type.2.4.a)");
            });
  }

  @Test
  void reportsEnumerationsTheReaderAloneOnlyWarnsAbout() {
    String xml =
        OdmText.oneForm(OdmText.item("I.X", "1"))
            .replace("ODMVersion=\"1.3.2\"", "ODMVersion=\"1.3.0\"");

    CollectedForms validated = CollectedForms.read(xml, VALIDATING);
    CollectedForms read = CollectedForms.read(xml);

    assertThat(validated.summary.outcome()).isEqualTo(ReadOutcome.NOT_VALID);
    assertThat(validated.summary.errors())
        .anySatisfy(fault -> assertThat(fault.message()).contains("1.3.0").contains("ODMVersion"));
    assertThat(read.accepted).hasSize(1);
    assertThat(read.summary.warnings())
        .singleElement()
        .satisfies(fault -> assertThat(fault.message()).contains("\"1.3.0\""));
  }

  @Test
  void stripsVendorExtensionsBeforeValidatingWhenLenient() {
    String xml =
        OdmText.oneForm(
                "<ItemData ItemOID=\"I.X\" Value=\"1\" oc:Status=\"ok\"><oc:Note/></ItemData>")
            .replace("<ODM ", "<ODM xmlns:oc=\"urn:vendor\" ");

    CollectedForms strict = CollectedForms.read(xml, VALIDATING);
    CollectedForms lenient = CollectedForms.read(xml, VALIDATING.withLenient(true));

    assertThat(strict.summary.outcome()).isEqualTo(ReadOutcome.NOT_VALID);
    assertThat(strict.summary.errors()).hasSize(2);
    assertThat(lenient.summary.outcome()).isEqualTo(ReadOutcome.READ_TO_END);
    assertThat(lenient.accepted).hasSize(1);
    assertThat(lenient.summary.warnings())
        .extracting(ClinicalDataFault::kind)
        .containsOnly(ClinicalFaultKind.UNKNOWN_NAMESPACE);
  }

  @Test
  void stopsBeforeAnyFormWhenTheFileIsNotWellFormed() {
    String xml =
        OdmText.document(
            OdmText.subject("001", OdmText.form("F.A", "")) + "<SubjectData SubjectKey=\"002\">");

    CollectedForms forms = CollectedForms.read(xml, VALIDATING);

    assertThat(forms.summary.outcome()).isEqualTo(ReadOutcome.STOPPED);
    assertThat(forms.accepted).isEmpty();
    assertThat(forms.summary.errors())
        .extracting(ClinicalDataFault::kind)
        .containsExactly(ClinicalFaultKind.NOT_WELL_FORMED);
  }
}
