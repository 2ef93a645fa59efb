package org.ecrf.export.sdtm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrf.export.sdtm.TopitSdtm.WEEK0;
import static org.ecrf.export.sdtm.TopitSdtm.child;
import static org.ecrf.export.sdtm.TopitSdtm.form;
import static org.ecrf.export.sdtm.TopitSdtm.group;
import static org.ecrf.export.sdtm.TopitSdtm.measured;
import static org.ecrf.export.sdtm.TopitSdtm.visit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Findings domains mapped from the real TOPIT definition's annotations. */
class FindingsMappingTest {

  private static SdtmRun run(Casebook.Visit... visits) {
    return SdtmRun.of(child(Optional.of("TDM"), List.of(visits)));
  }

  @Test
  void labResultKeepsTheUnitEnteredAndTheStandardUnit() {
    SdtmRun run =
        run(
            visit(
                "SE.WEEK0",
                WEEK0,
                form(
                    "F.LAB",
                    group("IG.LB_SAMPLE", 1, "I.LB_DATE", "2026-03-01"),
                    group("IG.LB_INFLAMMATION", measured("I.LB_CRP", "1.2", "MU.MG_DL", "12")))));

    assertThat(run.rows("LB"))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("LBTESTCD", "CRP")
                    .containsEntry("LBTEST", "C Reactive Protein")
                    .containsEntry("LBCAT", "CHEMISTRY")
                    .containsEntry("LBSPEC", "SERUM")
                    .containsEntry("LBORRES", "1.2")
                    .containsEntry("LBORRESU", "mg/dL")
                    .containsEntry("LBSTRESC", "12")
                    .containsEntry("LBSTRESN", new BigDecimal("12"))
                    .containsEntry("LBSTRESU", "mg/L")
                    .containsEntry("LBDTC", "2026-03-01")
                    .containsEntry("VISITNUM", new BigDecimal("2"))
                    .containsEntry("VISIT", "WEEK 0")
                    .containsEntry("LBSEQ", 1L));
  }

  @Test
  void calprotectinIsAStoolTestInTheCdiscUnitOfMicrogramsPerGram() {
    SdtmRun run =
        run(visit("SE.WEEK0", WEEK0, form("F.LAB", group("IG.LB_STOOL", 1, "I.LB_CALPRO", "250"))));

    assertThat(run.rows("LB").get(0))
        .containsEntry("LBSPEC", "STOOL")
        .containsEntry("LBORRESU", "mg/kg")
        .containsEntry("LBSTRESN", new BigDecimal("250"));
  }

  @ParameterizedTest(name = "sample date {0}, visit date {1}: LBDTC {2}")
  @CsvSource({
    "2026-03-01, 2026-03-02, 2026-03-01",
    ", 2026-03-02, 2026-03-02",
    ", , ",
    "2026-03-01, , 2026-03-01"
  })
  void labDateIsTheSampleDateElseTheVisitDate(String sample, LocalDate visitDate, String lbdtc) {
    SdtmRun run =
        run(
            visit(
                "SE.WEEK0",
                visitDate,
                form(
                    "F.LAB",
                    group("IG.LB_SAMPLE", 1, "I.LB_DATE", sample),
                    group("IG.LB_CBC", 1, "I.LB_HGB", "12.1"))));

    assertThat(run.rows("LB").get(0).get("LBDTC")).isEqualTo(lbdtc);
  }

  @Test
  void scoreItemsKeepTheAnswerAndThePointsAndFlagTheDerivedTotal() {
    SdtmRun run =
        run(
            visit(
                "SE.WEEK0",
                WEEK0,
                form(
                    "F.PUCAI",
                    group("IG.PUCAI", 1, "I.PUCAI_PAIN", "5", "I.PUCAI_ACTIVITY", "0"),
                    group(
                        "IG.PUCAI_RESULT",
                        1,
                        "I.PUCAI_TOTAL",
                        "5",
                        "I.PUCAI_CATEGORY",
                        "REMISSION"))));

    List<Map<String, Object>> qs = run.rows("QS");
    assertThat(qs)
        .extracting(r -> r.get("QSTESTCD"))
        .containsExactly("PUCAI01", "PUCAI06", "PUCAI07");
    assertThat(qs).extracting(r -> r.get("QSCAT")).containsOnly("PUCAI");
    assertThat(qs.get(0))
        .containsEntry("QSORRES", "Pain that can be ignored")
        .containsEntry("QSSTRESC", "5")
        .containsEntry("QSSTRESN", new BigDecimal("5"))
        .containsEntry("QSDRVFL", null)
        .containsEntry("QSDTC", "2026-03-02");
    assertThat(qs.get(2))
        .containsEntry("QSDRVFL", "Y")
        .containsEntry("QSSTRESN", new BigDecimal("5"));
    assertThat(qs).extracting(r -> r.get("QSSEQ")).containsExactly(1L, 2L, 3L);
    assertThat(run.tally.valuesWithoutAnnotation())
        .as("the category has no SDTM annotation")
        .isEqualTo(1);
  }

  @Test
  void endoscopicScoresTakeTheProcedureDateAndTheCdiscCategory() {
    SdtmRun run =
        run(
            visit(
                "SE.WEEK54",
                LocalDate.of(2027, 3, 15),
                form(
                    "F.SESCD",
                    group("IG.SESCD_PROCEDURE", 1, "I.SESCD_DATE", "2027-03-10"),
                    group("IG.SESCD_ILEUM", 1, "I.SESCD_ILEUM_ULCER_SIZE", "2"),
                    group("IG.SESCD_RIGHT", 1, "I.SESCD_RIGHT_ULCER_SIZE", "1"))));

    assertThat(run.rows("PR"))
        .singleElement()
        .satisfies(
            pr ->
                assertThat(pr)
                    .containsEntry("PRTRT", "COLONOSCOPY")
                    .containsEntry("PRSTDTC", "2027-03-10"));
    List<Map<String, Object>> rs = run.rows("RS");
    assertThat(rs).extracting(r -> r.get("RSDTC")).containsOnly("2027-03-10");
    assertThat(rs).extracting(r -> r.get("RSCAT")).containsOnly("SES-CD V1");
    assertThat(rs).extracting(r -> r.get("RSTESTCD")).containsExactly("SES0102", "SES0107");
    assertThat(rs.get(0).get("RSTEST")).isNotEqualTo(rs.get(1).get("RSTEST"));
    assertThat(rs)
        .extracting(r -> ((String) r.get("RSTEST")).length())
        .allMatch(length -> length <= 40);
  }

  @Test
  void troughBelowQuantificationIsARecordWithoutNumber() {
    SdtmRun run =
        run(
            visit(
                "SE.WEEK14",
                LocalDate.of(2026, 6, 8),
                form(
                    "F.TROUGH",
                    group(
                        "IG.TROUGH_SAMPLE", 1,
                        "I.TROUGH_DATE", "2026-06-08",
                        "I.TROUGH_TIME", "08:40",
                        "I.TROUGH_PRE_INFUSION", "Y",
                        "I.TROUGH_LLOQ", "0.4",
                        "I.TROUGH_ASSAY", "Prométhéus HMSA"),
                    group("IG.TROUGH_RESULT", 1, "I.TROUGH_IFX_BLQ", "Y"))));

    assertThat(run.rows("PC"))
        .singleElement()
        .satisfies(
            pc ->
                assertThat(pc)
                    .containsEntry("PCTESTCD", "INFLIXMB")
                    .containsEntry("PCSTRESC", "BLQ")
                    .containsEntry("PCSTRESN", null)
                    .containsEntry("PCLLOQ", new BigDecimal("0.4"))
                    .containsEntry("PCTPT", "PRE-DOSE")
                    .containsEntry("PCSPEC", "SERUM")
                    .containsEntry("PCDTC", "2026-06-08T08:40"));
    assertThat(run.rows("SUPPPC"))
        .singleElement()
        .satisfies(
            supp ->
                assertThat(supp)
                    .containsEntry("QNAM", "ASSAY")
                    .containsEntry("QVAL", "Prometheus HMSA")
                    .containsEntry("IDVAR", "PCSEQ")
                    .containsEntry("IDVARVAL", "1"));
    assertThat(run.tally.folded()).isEqualTo(1);
  }

  @Test
  void quantifiedTroughIsInThePharmacokineticUnit() {
    SdtmRun run =
        run(
            visit(
                "SE.WEEK14",
                LocalDate.of(2026, 6, 8),
                form(
                    "F.TROUGH",
                    group("IG.TROUGH_SAMPLE", 1, "I.TROUGH_PRE_INFUSION", "N"),
                    group("IG.TROUGH_RESULT", 1, "I.TROUGH_IFX_BLQ", "N", "I.TROUGH_IFX", "3.5"))));

    assertThat(run.rows("PC").get(0))
        .containsEntry("PCORRES", "3.5")
        .containsEntry("PCORRESU", "ug/mL")
        .containsEntry("PCSTRESN", new BigDecimal("3.5"))
        .containsEntry("PCTPT", null)
        .containsEntry("PCDTC", "2026-06-08");
    assertThat(run.tally.dropped()).containsEntry(FindingsRecords.ANSWERED_NO, 2L);
  }

  @Test
  void antibodiesGoToImmunogenicityWithTheValueAndItsAssayUnit() {
    SdtmRun run =
        run(
            visit(
                "SE.WEEK14",
                LocalDate.of(2026, 6, 8),
                form(
                    "F.TROUGH",
                    group(
                        "IG.ATI",
                        1,
                        "I.ATI_STATUS",
                        "POS",
                        "I.ATI_VALUE",
                        "8.2",
                        "I.ATI_UNIT",
                        "U_ML"))));

    assertThat(run.rows("IS").get(0))
        .containsEntry("ISTESTCD", "ADA_BAB")
        .containsEntry("ISTEST", "Binding Antidrug Antibody")
        .containsEntry("ISORRES", "8.2")
        .containsEntry("ISORRESU", "U/mL")
        .containsEntry("ISSTRESC", "POS")
        .containsEntry("ISBDAGT", "INFLIXIMAB")
        .containsEntry("ISDTC", "2026-06-08");
  }

  @Test
  void derivedBmiIsFlagged() {
    SdtmRun run =
        run(
            visit(
                "SE.WEEK0",
                WEEK0,
                form(
                    "F.ANTHRO",
                    group("IG.ANTHRO", 1, "I.ANTHRO_WEIGHT_KG", "40", "I.ANTHRO_BMI", "17.8"))));

    assertThat(run.rows("VS"))
        .extracting(r -> r.get("VSTESTCD") + ":" + r.get("VSDRVFL") + ":" + r.get("VSORRESU"))
        .containsExactly("WEIGHT:null:kg", "BMI:Y:kg/m2");
  }
}
