package org.ecrf.export.sdtm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecrf.export.dataset.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TA, TE, TV, TI and TS from the real TOPIT definition. */
class TrialDesignRowsTest {

  private static final Map<String, List<List<Object>>> ROWS =
      new TrialDesignRows(TopitSdtm.map()).rows();

  private static Object value(String dataset, List<Object> row, String variable) {
    Dataset definition = SdtmCatalogue.standard().dataset(dataset);
    return row.get(definition.indexOf(variable));
  }

  @ParameterizedTest(name = "{0}: VISITNUM {1}, VISITDY {2}")
  @CsvSource({"SCREENING, 1, -1", "WEEK 0, 2, 1", "WEEK 2, 3, 15", "WEEK 54, 10, 379"})
  void plannedVisitsHaveTheirStudyDayWithoutDayZero(String visit, int visitnum, long visitdy) {
    List<Object> row =
        ROWS.get("TV").stream()
            .filter(r -> visit.equals(value("TV", r, "VISIT")))
            .findFirst()
            .orElseThrow();

    assertThat(value("TV", row, "VISITNUM")).hasToString(Integer.toString(visitnum));
    assertThat(value("TV", row, "VISITDY")).isEqualTo(visitdy);
  }

  @Test
  void onlyVisitsWithAPlannedDayArePlannedVisits() {
    assertThat(ROWS.get("TV")).hasSize(10);
  }

  @Test
  void eachArmHasScreeningThenItsTreatment() {
    assertThat(ROWS.get("TA"))
        .extracting(
            r ->
                value("TA", r, "ARMCD")
                    + " "
                    + value("TA", r, "TAETORD")
                    + " "
                    + value("TA", r, "ETCD")
                    + " "
                    + value("TA", r, "EPOCH"))
        .containsExactly(
            "TDM 1 SCRN SCREENING",
            "TDM 2 TDM TREATMENT",
            "STANDARD 1 SCRN SCREENING",
            "STANDARD 2 STANDARD TREATMENT");
    assertThat(ROWS.get("TE"))
        .extracting(r -> value("TE", r, "ETCD"))
        .containsExactly("SCRN", "TDM", "STANDARD");
  }

  @Test
  void criteriaComeFromTheEligibilityItems() {
    assertThat(ROWS.get("TI")).hasSize(12);
    assertThat(ROWS.get("TI"))
        .extracting(r -> value("TI", r, "IETESTCD") + " " + value("TI", r, "IECAT"))
        .startsWith("INCL01 INCLUSION")
        .endsWith("EXCL08 EXCLUSION");
  }

  @Test
  void summaryStatesRandomisationArmsStrataTreatmentAndRegistry() {
    assertThat(ROWS.get("TS"))
        .extracting(
            r ->
                value("TS", r, "TSPARMCD")
                    + "="
                    + value("TS", r, "TSVAL")
                    + " #"
                    + value("TS", r, "TSSEQ"))
        .contains(
            "RANDOM=Y #1",
            "NARMS=2 #1",
            "STRATFCT=DIAGNOSIS #1",
            "STRATFCT=SITE #2",
            "TRT=INFLIXIMAB #1",
            "PDSTIND=Y #1",
            "REGID=NCT02522169 #1");
  }
}
