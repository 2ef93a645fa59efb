package org.ecrf.crf.odm.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written CDISC sample of the shared folder (metadata, AdminData and one form of clinical
 * data with a signature, an audit record, a unit and an annotation) is read completely, with and
 * without schema validation.
 */
class CdiscSampleReadingTest {

  @ParameterizedTest(name = "schema validation {0}")
  @ValueSource(booleans = {false, true})
  void readsTheSampleForm(boolean validate) {
    CollectedForms forms = new CollectedForms();
    ReadSummary summary =
        new ClinicalDataReader(ReadOptions.defaults().withSchemaValidation(validate))
            .read(
                ClinicalDataSource.of(SharedSamples.sample("sample-metadata-and-clinicaldata.xml")),
                forms);

    assertThat(summary.outcome()).isEqualTo(ReadOutcome.READ_TO_END);
    assertThat(summary.errors()).isEmpty();
    assertThat(summary.fileOid()).isEqualTo("FILE.SAMPLE.001");
    assertThat(forms.refused).isEmpty();
    assertThat(forms.accepted).hasSize(1);
    FormDataSubmission form = forms.accepted.get(0);
    assertThat(form.fileType()).isEqualTo(FileType.TRANSACTIONAL);
    assertThat(form.key())
        .isEqualTo(new FormKey("ST.PIBD.IFX", "001-0001", "SE.WEEK0", "1", "F.LB", "1"));
    assertThat(form.clinicalData().metaDataVersionOid()).isEqualTo("MDV.1");
    assertThat(form.subject().transactionType()).contains(TransactionType.INSERT);
    assertThat(form.subject().siteLocationOid()).contains("LOC.001");
    assertThat(form.form().provenance().signature())
        .contains(
            new SignatureData("USR.1", "LOC.001", "SD.PI", Instant.parse("2025-01-20T08:00:00Z")));
    ItemGroupData group = form.itemGroups().get(0);
    assertThat(group.itemGroupOid()).isEqualTo("IG.LB");
    assertThat(group.items())
        .extracting(ItemData::itemOid)
        .containsExactly("I.LBTESTCD", "I.LBORRES");
    ItemData result = group.items().get(1);
    assertThat(result.value()).contains("12.5");
    assertThat(result.measurementUnitOid()).contains("MU.MGL");
    assertThat(result.transactionType()).contains(TransactionType.UPDATE);
    assertThat(result.provenance().annotations())
        .containsExactly(
            AnnotationData.comment(1, "Value re-checked against lab printout", CommentSource.SITE));
    AuditRecordData audit = form.auditRecordFor(group, result).orElseThrow();
    assertThat(audit.reasonForChange()).contains("Transcription error");
    assertThat(audit.dateTimeStamp()).isEqualTo(Instant.parse("2025-01-19T14:30:00Z"));
    assertThat(audit.editPoint()).contains(EditPoint.DB_AUDIT);
    assertThat(form.auditRecordFor(group, group.items().get(0))).isEqualTo(Optional.empty());
    assertThat(result.position().line()).isEqualTo(138);
  }
}
