package org.ecrf.export.odm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.ecrf.crf.odm.clinical.AuditRecordData;
import org.ecrf.crf.odm.clinical.EditPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An audit event of the last change of a value as the ODM AuditRecord of its ItemData. */
class AuditRecordsTest {

  private static final ItemKey CRP =
      new ItemKey("SE.WEEK6", 1, "F.LAB", "IG.LB_INFLAMMATION", 1, "I.LB_CRP");
  private static final Instant AT = Instant.parse("2026-03-10T09:30:00.123456Z");

  @Test
  void namesWhoWhereWhenWhyAndTheAuditEvent() {
    AuditRecordData audit =
        AuditRecords.of(
            new ItemChange(
                CRP,
                1234,
                "nurse.ber",
                Optional.of("NURSE"),
                Optional.of("BER"),
                AT,
                Optional.of("Transcription error")),
            "POT");

    assertThat(audit)
        .isEqualTo(
            new AuditRecordData(
                "U.nurse.ber",
                "LOC.BER",
                AT,
                Optional.of("Transcription error"),
                Optional.of("audit-event:1234"),
                Optional.empty()));
  }

  @Test
  void takesTheSubjectsSiteWhenTheChangeHasNoneAndDropsABlankReason() {
    AuditRecordData audit =
        AuditRecords.of(
            new ItemChange(
                CRP, 7, "system", Optional.empty(), Optional.empty(), AT, Optional.of(" ")),
            "POT");

    assertThat(audit.locationOid()).isEqualTo("LOC.POT");
    assertThat(audit.reasonForChange()).isEmpty();
    assertThat(audit.editPoint()).isEmpty();
  }

  @ParameterizedTest(name = "{0} changes data at the edit point ''{1}''")
  @CsvSource({
    "DATA_MANAGER, DataManagement",
    "MONITOR, Monitoring",
    "INVESTIGATOR, ''",
    "NURSE, ''",
    "SPONSOR, ''",
    "ADMIN, ''"
  })
  void mapsTheActorsRoleToTheEditPoint(String role, String editPoint) {
    assertThat(AuditRecords.editPoint(role).map(EditPoint::odmName).orElse(""))
        .isEqualTo(editPoint);
  }
}
