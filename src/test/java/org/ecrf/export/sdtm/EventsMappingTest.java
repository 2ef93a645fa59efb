package org.ecrf.export.sdtm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrf.export.sdtm.TopitSdtm.WEEK0;
import static org.ecrf.export.sdtm.TopitSdtm.child;
import static org.ecrf.export.sdtm.TopitSdtm.form;
import static org.ecrf.export.sdtm.TopitSdtm.group;
import static org.ecrf.export.sdtm.TopitSdtm.visit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Events and interventions (EX, EC, AE, CM, MH) and their SUPPxx from the TOPIT definition. */
class EventsMappingTest {

  private static SdtmRun run(Casebook.Visit... visits) {
    return SdtmRun.of(child(Optional.of("TDM"), List.of(visits)));
  }

  private static Casebook.Visit infusion(String reason) {
    return visit(
        "SE.WEEK0",
        WEEK0,
        form(
            "F.INFUSION",
            group(
                "IG.INF_ADVICE",
                1,
                "I.INF_REC_DOSE_MGKG",
                "5",
                "I.INF_DECISION",
                "OVERRIDE",
                "I.INF_DECISION_REASON",
                reason),
            group(
                "IG.INF_ADMIN", 1,
                "I.INF_DATE", "2026-03-02",
                "I.INF_START_TIME", "10:15",
                "I.INF_STOP_TIME", "12:30",
                "I.INF_WEIGHT_KG", "40",
                "I.INF_DOSE_MGKG", "10",
                "I.INF_DOSE_MG_CALC", "400",
                "I.INF_DOSE_MG", "400")));
  }

  @Test
  void infusionIsExposureInMilligramsPerKilogramAndAsCollectedInMilligrams() {
    SdtmRun run = run(infusion("Trough below target"));

    assertThat(run.rows("EX"))
        .singleElement()
        .satisfies(
            ex ->
                assertThat(ex)
                    .containsEntry("EXTRT", "INFLIXIMAB")
                    .containsEntry("EXDOSE", new BigDecimal("10"))
                    .containsEntry("EXDOSU", "mg/kg")
                    .containsEntry("EXROUTE", "INTRAVENOUS")
                    .containsEntry("EXDOSFRM", "INJECTION, POWDER, LYOPHILIZED, FOR SOLUTION")
                    .containsEntry("EXADJ", "Trough below target")
                    .containsEntry("EXSTDTC", "2026-03-02T10:15")
                    .containsEntry("EXENDTC", "2026-03-02T12:30")
                    .containsEntry("VISIT", "WEEK 0"));
    assertThat(run.rows("EC"))
        .singleElement()
        .satisfies(
            ec ->
                assertThat(ec)
                    .containsEntry("ECDOSE", new BigDecimal("400"))
                    .containsEntry("ECDOSU", "mg")
                    .containsEntry("ECMOOD", "PERFORMED")
                    .containsEntry("ECSTDTC", "2026-03-02T10:15"));
    assertThat(run.rows("SUPPEX"))
        .extracting(
            s ->
                s.get("QNAM")
                    + "="
                    + s.get("QVAL")
                    + " "
                    + s.get("QORIG")
                    + " "
                    + s.get("IDVARVAL"))
        .containsExactly("RECDOSE=5 DERIVED 1", "DECISION=OVERRIDE CRF 1");
    assertThat(run.rows("SUPPEC")).extracting(s -> s.get("QNAM")).containsExactly("WEIGHT");
    assertThat(run.tally.valuesWithoutAnnotation()).as("the calculated mg").isEqualTo(1);
  }

  @Test
  void reasonLongerThanTheVariableGoesOnInSupplementalQualifiers() {
    String reason = "x".repeat(200) + "y".repeat(150);

    SdtmRun run = run(infusion(reason));

    assertThat(run.rows("EX").get(0).get("EXADJ")).isEqualTo("x".repeat(200));
    assertThat(run.rows("SUPPEX"))
        .filteredOn(s -> "EXADJ1".equals(s.get("QNAM")))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s)
                    .containsEntry("QVAL", "y".repeat(150))
                    .containsEntry("IDVARVAL", "1"));
  }

  @Test
  void adverseEventLogRowsAreRecordsNumberedInOrder() {
    SdtmRun run =
        run(
            visit(
                "SE.LOGS",
                null,
                form(
                    "F.AE",
                    group(
                        "IG.AE", 1,
                        "I.AE_TERM", "Übelkeit",
                        "I.AE_START_DATE", "2026-03-03",
                        "I.AE_ONGOING", "Y",
                        "I.AE_SEVERITY", "MILD",
                        "I.AE_ACTION", "DOSE_NOT_CHANGED",
                        "I.AE_INFUSION_REACTION", "Y"),
                    group(
                        "IG.AE", 2,
                        "I.AE_TERM", "Headache",
                        "I.AE_START_DATE", "2026-03-05",
                        "I.AE_ONGOING", "N",
                        "I.AE_END_DATE", "2026-03-06",
                        "I.AE_SERIOUS", "N"),
                    group("IG.AE", 3, "I.AE_SEVERITY", "SEVERE"))));

    List<Map<String, Object>> ae = run.rows("AE");
    assertThat(ae).extracting(r -> r.get("AESEQ")).containsExactly(1L, 2L);
    assertThat(ae.get(0))
        .containsEntry("AETERM", "Ubelkeit")
        .containsEntry("AESEV", "MILD")
        .containsEntry("AEACN", "DOSE NOT CHANGED")
        .containsEntry("AEENRTPT", "ONGOING")
        .containsEntry("AEENTPT", EventRecords.ONGOING_REFERENCE)
        .containsEntry("AEDECOD", null);
    assertThat(ae.get(1))
        .containsEntry("AEENRTPT", null)
        .containsEntry("AEENDTC", "2026-03-06")
        .containsEntry("AESER", "N");
    assertThat(run.rows("SUPPAE"))
        .singleElement()
        .satisfies(
            s -> assertThat(s).containsEntry("QNAM", "AEINFR").containsEntry("IDVARVAL", "1"));
    assertThat(run.tally.dropped()).containsEntry(SdtmTally.NO_TOPIC, 1L);
    assertThat(run.tally.folded()).isEqualTo(1);
  }

  @ParameterizedTest(name = "start {0}")
  @CsvSource({"2025", "2025-06", "2025-06-14"})
  void medicationKeepsPartialDatesAsIso8601(String start) {
    SdtmRun run =
        run(
            visit(
                "SE.LOGS",
                null,
                form(
                    "F.CONMED",
                    group(
                        "IG.CM", 1,
                        "I.CM_TRT", "Azathioprine",
                        "I.CM_CATEGORY", "IMMUNOMODULATOR",
                        "I.CM_DOSE", "50",
                        "I.CM_DOSE_UNIT", "mg",
                        "I.CM_ROUTE", "ORAL",
                        "I.CM_START_DATE", start))));

    assertThat(run.rows("CM").get(0))
        .containsEntry("CMTRT", "Azathioprine")
        .containsEntry("CMCAT", "IMMUNOMODULATOR")
        .containsEntry("CMDOSE", new BigDecimal("50"))
        .containsEntry("CMDOSU", "mg")
        .containsEntry("CMROUTE", "ORAL")
        .containsEntry("CMSTDTC", start);
  }

  @Test
  void diagnosisAndHistoryAreMedicalHistory() {
    SdtmRun run =
        run(
            visit(
                "SE.SCREENING",
                WEEK0.minusDays(5),
                form(
                    "F.DIAGNOSIS",
                    group("IG.DIAGNOSIS", 1, "I.DIAG_TYPE", "CD", "I.DIAG_DATE", "2024-05-10")),
                form(
                    "F.MEDICAL_HISTORY",
                    group(
                        "IG.MH",
                        1,
                        "I.MH_TERM",
                        "Appendectomy",
                        "I.MH_CATEGORY",
                        "IBD_SURGERY",
                        "I.MH_START_DATE",
                        "2023"))));

    assertThat(run.rows("MH"))
        .extracting(
            r ->
                r.get("MHSEQ")
                    + " "
                    + r.get("MHTERM")
                    + " "
                    + r.get("MHCAT")
                    + " "
                    + r.get("MHSTDTC"))
        .containsExactly("1 Crohn's disease null 2024-05-10", "2 Appendectomy IBD SURGERY 2023");
  }
}
