package org.ecrf.export.sdtm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecrf.export.domain.ReconciliationLine;
import org.ecrf.security.domain.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapping follows a hand-built definition's annotations, not TOPIT's forms. */
class HandBuiltStudyMappingTest {

  private static final SdtmStudyMap MAP =
      SdtmStudyMap.of(HandBuiltStudy.definition(), SdtmSettings.DEFAULT);

  private static Casebook subject(String arm) {
    Casebook.Visit visit =
        new Casebook.Visit(
            "SE.V1",
            1,
            Optional.of(LocalDate.of(2026, 1, 5)),
            false,
            Optional.empty(),
            List.of(
                TopitSdtm.form(
                    "F.VITALS",
                    TopitSdtm.group(
                        "IG.VITALS",
                        1,
                        "I.TEMP",
                        "38.5",
                        "I.VITALS_DATE",
                        "2026-01-04",
                        "I.NOTE",
                        "feverish"))));
    Casebook.Visit log =
        new Casebook.Visit(
            "SE.LOG",
            1,
            Optional.empty(),
            false,
            Optional.empty(),
            List.of(
                TopitSdtm.form(
                    "F.LOG",
                    TopitSdtm.group("IG.EVENTS", 1, "I.TERM", "Fever", "I.START", "2026-01"),
                    TopitSdtm.group("IG.EVENTS", 2, "I.TERM", "Rash", "I.TREATED", "Y"),
                    TopitSdtm.group("IG.EVENTS", 3, "I.START", "2026"))));
    return new Casebook(
        "S-01",
        "X1",
        "FR",
        "M",
        Optional.of(YearMonth.of(2015, 6)),
        Optional.of(arm),
        Optional.empty(),
        List.of(visit, log));
  }

  private static SdtmRun run(String arm, Role role) {
    return new SdtmRun(MAP, Set.of(role), List.of(subject(arm)));
  }

  @Test
  void writesOnlyTheDatasetsTheAnnotationsReachPlusTheFixedOnes() {
    assertThat(SdtmDatasets.of(MAP).names())
        .containsExactly("DM", "DS", "SV", "AE", "VS", "TA", "TE", "TV", "TI", "TS");
  }

  @Test
  void mapsTheFindingAndTheLogRowsByTheirAnnotations() {
    SdtmRun run = run("A", Role.NURSE);

    assertThat(run.rows("VS"))
        .singleElement()
        .satisfies(
            vs ->
                assertThat(vs)
                    .containsEntry("USUBJID", "VITAL-S-01")
                    .containsEntry("VSTESTCD", "TEMP")
                    .containsEntry("VSTEST", "Temperature")
                    .containsEntry("VSORRESU", "C")
                    .containsEntry("VSSTRESN", new BigDecimal("38.5"))
                    .containsEntry("VSDTC", "2026-01-04")
                    .containsEntry("VISITNUM", BigDecimal.ONE));
    assertThat(run.rows("AE"))
        .extracting(ae -> ae.get("AESEQ") + " " + ae.get("AETERM") + " " + ae.get("AESTDTC"))
        .containsExactly("1 Fever 2026-01", "2 Rash null");
    assertThat(run.rows("DM").get(0))
        .containsEntry("COUNTRY", "FRA")
        .containsEntry("ARMNRS", "ASSIGNED, NOT TREATED");
  }

  @ParameterizedTest(name = "arm {0}, role {1}: {2} VS rows")
  @CsvSource({"A, NURSE, 1", "B, NURSE, 0", "B, DATA_MANAGER, 1", "B, SPONSOR, 1"})
  void hidesTheBlindedValueFromTheRolesBlindedToIt(String arm, Role role, int rows) {
    SdtmRun run = run(arm, role);

    assertThat(run.rows("VS")).hasSize(rows);
    assertThat(run.tally.valuesBlinded()).isEqualTo(1 - rows);
    assertThat(run.reconciliation.reconciles()).isTrue();
  }

  @Test
  void reconcilesEveryValueReadWithWhatBecameOfIt() {
    SdtmRun run = run("B", Role.NURSE);

    ReconciliationLine values =
        run.reconciliation.lines().stream()
            .filter(l -> l.what().equals("Item values"))
            .findFirst()
            .orElseThrow();
    assertThat(values.read()).isEqualTo(8);
    assertThat(values.written()).isEqualTo(3);
    assertThat(values.note())
        .isEqualTo(
            "1 without SDTM annotation; 1 blinded to the reader's roles; "
                + "1 qualifiers of VS tests that were not written (empty or blinded); "
                + "1 annotations naming a variable AE does not have; "
                + "1 log rows without a term or treatment");
    assertThat(run.reconciliation.reconciles()).isTrue();
    assertThat(run.reconciliation.lines())
        .filteredOn(line -> line.what().endsWith(" records"))
        .allMatch(line -> line.read() == line.written());
  }
}
