package org.ecrf.export.sdtm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrf.export.sdtm.TopitSdtm.WEEK0;
import static org.ecrf.export.sdtm.TopitSdtm.child;
import static org.ecrf.export.sdtm.TopitSdtm.form;
import static org.ecrf.export.sdtm.TopitSdtm.group;
import static org.ecrf.export.sdtm.TopitSdtm.missed;
import static org.ecrf.export.sdtm.TopitSdtm.visit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DM, DS, SV and IE of a TOPIT child. */
class SubjectLevelMappingTest {

  private static Casebook.Visit screening(String consent, String assent) {
    return visit(
        "SE.SCREENING",
        WEEK0.minusDays(5),
        form(
            "F.ELIGIBILITY",
            group(
                "IG.CONSENT",
                1,
                "I.CONSENT_GIVEN",
                consent,
                "I.CONSENT_DATE",
                consent.equals("Y") ? "2026-02-20" : null,
                "I.ASSENT_OBTAINED",
                assent,
                "I.ASSENT_DATE",
                assent.equals("Y") ? "2026-02-21" : null),
            group("IG.INCLUSION", 1, "I.INCL_AGE", "Y", "I.INCL_DIAGNOSIS", "N"),
            group("IG.EXCLUSION", 1, "I.EXCL_PRIOR_ANTI_TNF", "N", "I.EXCL_INFECTION", "Y")),
        form(
            "F.DEMOGRAPHICS",
            group("IG.DEMOGRAPHICS", 1, "I.DM_BIRTH_MONTH", "2013-11", "I.DM_SEX", "F")));
  }

  private static Casebook.Visit week0() {
    return visit(
        "SE.WEEK0",
        WEEK0,
        form(
            "F.INFUSION",
            group("IG.INF_ADMIN", 1, "I.INF_DATE", "2026-03-02", "I.INF_DOSE_MGKG", "5")));
  }

  private static Casebook.Visit endOfStudy() {
    return visit(
        "SE.EOS",
        LocalDate.of(2026, 9, 1),
        form(
            "F.EOS",
            group(
                "IG.EOS", 1,
                "I.EOS_DATE", "2026-09-01",
                "I.EOS_STATUS", "DISCONTINUED",
                "I.EOS_REASON", "ADVERSE_EVENT",
                "I.EOS_LAST_INFUSION_DATE", "2026-08-03")));
  }

  @Test
  void demographicsComeFromSubjectSiteArmAndTheOtherRecords() {
    SdtmRun run =
        SdtmRun.of(child(Optional.of("TDM"), List.of(screening("Y", "Y"), week0(), endOfStudy())));

    assertThat(run.rows("DM"))
        .singleElement()
        .satisfies(
            dm ->
                assertThat(dm)
                    .containsEntry("STUDYID", "TOPIT")
                    .containsEntry("USUBJID", "TOPIT-DE01-0007")
                    .containsEntry("SUBJID", "DE01-0007")
                    .containsEntry("SITEID", "DE01")
                    .containsEntry("COUNTRY", "DEU")
                    .containsEntry("SEX", "F")
                    .containsEntry("BRTHDTC", "2013-11")
                    .containsEntry("RFICDTC", "2026-02-20")
                    .containsEntry("RFSTDTC", "2026-03-02")
                    .containsEntry("RFXSTDTC", "2026-03-02")
                    .containsEntry("RFXENDTC", "2026-08-03")
                    .containsEntry("RFENDTC", "2026-09-01")
                    .containsEntry("RFPENDTC", "2026-09-01")
                    .containsEntry("AGE", 12L)
                    .containsEntry("AGEU", "YEARS")
                    .containsEntry("ARMCD", "TDM")
                    .containsEntry("ARM", "Trough-level-guided dosing")
                    .containsEntry("ACTARMCD", "TDM")
                    .containsEntry("ARMNRS", null));
  }

  @ParameterizedTest(name = "arm {0}, infused {1}: ARMNRS {2}")
  @CsvSource({"TDM, true, ", "TDM, false, 'ASSIGNED, NOT TREATED'", ", false, NOT ASSIGNED"})
  void armIsNullForAReasonBeforeRandomisationOrTreatment(
      String arm, boolean infused, String armnrs) {
    List<Casebook.Visit> visits =
        infused ? List.of(screening("Y", "NA"), week0()) : List.of(screening("Y", "NA"));

    Map<String, Object> dm = SdtmRun.of(child(Optional.ofNullable(arm), visits)).rows("DM").get(0);

    assertThat(dm.get("ARMNRS")).isEqualTo(armnrs);
    assertThat(dm.get("ACTARMCD")).isEqualTo(infused ? arm : null);
    assertThat(dm.get("ARMCD")).isEqualTo(arm);
  }

  @ParameterizedTest(name = "born {0}, consent {1}: age {2}")
  @CsvSource({"2013-11, 2026-02-20, 12", "2013-11, 2026-11-01, 13", "2013-11, 2026-10-31, 12"})
  void ageIsCompletedYearsAtConsentFromTheFirstOfTheBirthMonth(
      String born, String consent, long age) {
    Casebook child =
        new Casebook(
            "DE01-0001",
            "DE01",
            "DE",
            "M",
            Optional.of(java.time.YearMonth.parse(born)),
            Optional.empty(),
            Optional.empty(),
            List.of(
                visit(
                    "SE.SCREENING",
                    null,
                    form(
                        "F.ELIGIBILITY",
                        group(
                            "IG.CONSENT", 1, "I.CONSENT_GIVEN", "Y", "I.CONSENT_DATE", consent)))));

    assertThat(SdtmRun.of(child).rows("DM").get(0))
        .containsEntry("AGE", age)
        .containsEntry("RFICDTC", consent);
  }

  @Test
  void dispositionHasTheMilestonesReachedRandomisationAndTheEndOfStudy() {
    SdtmRun run =
        SdtmRun.of(child(Optional.of("TDM"), List.of(screening("Y", "NA"), week0(), endOfStudy())));

    assertThat(run.rows("DS"))
        .extracting(
            r ->
                r.get("DSSEQ")
                    + " "
                    + r.get("DSCAT")
                    + " "
                    + r.get("DSDECOD")
                    + " "
                    + r.get("DSTERM")
                    + " "
                    + r.get("DSSTDTC"))
        .containsExactly(
            "1 PROTOCOL MILESTONE INFORMED CONSENT OBTAINED INFORMED CONSENT OBTAINED 2026-02-20",
            "2 PROTOCOL MILESTONE RANDOMIZED RANDOMIZED 2026-02-27",
            "3 DISPOSITION EVENT ADVERSE EVENT Adverse event 2026-09-01");
    assertThat(run.tally.dropped()).containsEntry("milestones not reached (answered NA)", 1L);
  }

  @Test
  void assentGivenIsAMilestoneWithItsOwnDate() {
    SdtmRun run = SdtmRun.of(child(Optional.empty(), List.of(screening("Y", "Y"))));

    assertThat(run.rows("DS"))
        .extracting(r -> r.get("DSDECOD") + " " + r.get("DSSTDTC"))
        .containsExactly(
            "INFORMED CONSENT OBTAINED 2026-02-20", "INFORMED ASSENT OBTAINED 2026-02-21");
  }

  @Test
  void eligibilityKeepsOnlyTheCriteriaNotMet() {
    SdtmRun run = SdtmRun.of(child(Optional.empty(), List.of(screening("Y", "NA"))));

    assertThat(run.rows("IE"))
        .extracting(r -> r.get("IETESTCD") + " " + r.get("IECAT") + " " + r.get("IEORRES"))
        .containsExactly("INCL02 INCLUSION N", "EXCL02 EXCLUSION Y");
    assertThat(run.tally.dropped()).containsEntry(EligibilityRecords.CRITERION_MET, 2L);
  }

  @Test
  void visitsThatTookPlaceAndMissedVisitsAreSubjectVisitsInVisitOrder() {
    Casebook.Visit unscheduled =
        new Casebook.Visit(
            "SE.UNSCHEDULED",
            2,
            Optional.of(LocalDate.of(2026, 3, 10)),
            false,
            Optional.empty(),
            List.of());
    SdtmRun run =
        SdtmRun.of(
            child(
                Optional.of("TDM"),
                List.of(
                    week0(),
                    unscheduled,
                    missed("SE.WEEK2", "Child in hospital"),
                    screening("Y", "NA"),
                    visit("SE.LOGS", null),
                    visit("SE.WEEK6", null))));

    assertThat(run.rows("SV"))
        .extracting(
            r ->
                r.get("VISITNUM")
                    + " "
                    + r.get("VISIT")
                    + " "
                    + r.get("SVPRESP")
                    + " "
                    + r.get("SVOCCUR")
                    + " "
                    + r.get("SVREASOC")
                    + " "
                    + r.get("SVSTDTC"))
        .containsExactly(
            "1 SCREENING Y Y null 2026-02-25",
            "2 WEEK 0 Y Y null 2026-03-02",
            "3 WEEK 2 Y N Child in hospital null",
            "11.02 UNSCHEDULED VISIT 2 null null null 2026-03-10");
    assertThat(run.rows("SV").get(3).get("VISITNUM")).isEqualTo(new BigDecimal("11.02"));
  }

  @Test
  void everyDatasetReconcilesForSeveralChildren() {
    Casebook first = child(Optional.of("TDM"), List.of(screening("Y", "Y"), week0(), endOfStudy()));
    Casebook second =
        new Casebook(
            "DE01-0008",
            "DE01",
            "DE",
            "M",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(screening("Y", "NA")));

    SdtmRun run = SdtmRun.of(first, second);

    assertThat(run.reconciliation.reconciles()).isTrue();
    assertThat(run.rows("DM"))
        .extracting(r -> r.get("USUBJID"))
        .containsExactly("TOPIT-DE01-0007", "TOPIT-DE01-0008");
    assertThat(run.rows("DS")).extracting(r -> r.get("DSSEQ")).containsExactly(1L, 2L, 3L, 4L, 1L);
    assertThat(run.reconciliation.lines().get(0))
        .satisfies(l -> assertThat(l.read()).isEqualTo(2).isEqualTo(l.written()));
  }

  @Test
  void aTextTooLongForAVariableWithoutSupplementalDatasetIsCutAndCounted() {
    SdtmRun run =
        SdtmRun.of(child(Optional.of("TDM"), List.of(missed("SE.WEEK2", "r".repeat(230)))));

    assertThat(run.rows("SV").get(0).get("SVREASOC")).isEqualTo("r".repeat(200));
    assertThat(run.tally.cut()).isEqualTo(1);
    assertThat(run.reconciliation.lines())
        .anySatisfy(
            line -> assertThat(line.what()).isEqualTo("Text values longer than their variable"));
    assertThat(run.reconciliation.reconciles()).isTrue();
  }
}
