package org.ecrf.dosing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrf.dosing.application.InfusionAdvisorTest.trough;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecrf.dosing.domain.AdvisorSettings;
import org.ecrf.dosing.domain.ProtocolDeviationCheck;
import org.ecrf.testing.TopitDefinition;
import org.junit.jupiter.api.Test;

/** Which infusions the deviation listing shows, and why. */
class DeviationRowsTest {

  private static final LocalDate WEEK_6 = LocalDate.of(2026, 2, 9);
  private static final LocalDate WEEK_14 = WEEK_6.plusWeeks(8);

  private final DeviationRows rows =
      new DeviationRows(
          InfusionAdvisor.of(TopitDefinition.get(), AdvisorSettings.defaults()).orElseThrow(),
          ProtocolDeviationCheck.withDefaultTolerance());

  @Test
  void listsAnOverrideWithItsReasonAndNotAFollowedRecommendation() {
    DosingRecord record =
        new DosingRecord(
            List.of(trough("SE.WEEK14", "3.2", "N", "0.4", "NEG")),
            List.of(
                given("SE.WEEK6", WEEK_6, "30", "5", "150", "FOLLOW", ""),
                given("SE.WEEK14", WEEK_14, "35", "10", "350", "OVERRIDE", "Flare")));

    List<DeviationRow> listed = rows.of("POT-0001", "POT", "TDM", record);

    assertThat(listed)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.eventOid()).isEqualTo("SE.WEEK14");
              assertThat(row.ruleOid()).isEqualTo("DR.SHORTEN");
              assertThat(row.recommendedMg()).isEqualTo("175");
              assertThat(row.reasons()).containsExactly("DOSE_MG", "DOSE_MG_PER_KG", "OVERRIDE");
              assertThat(row.decisionReason()).isEqualTo("Flare");
            });
  }

  @Test
  void listsAStandardArmInfusionAwayFromTheStandardRegimenAndItsShortInterval() {
    DosingRecord record =
        new DosingRecord(
            List.of(),
            List.of(
                given("SE.WEEK6", WEEK_6, "30", "5", "150", "", ""),
                given("SE.WEEK14", WEEK_6.plusWeeks(6), "30", "5", "150", "", "")));

    List<DeviationRow> listed = rows.of("POT-0002", "POT", "STANDARD", record);

    assertThat(listed)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.eventOid()).isEqualTo("SE.WEEK6");
              assertThat(row.reasons()).containsExactly("INTERVAL");
              assertThat(row.intervalDaysToNext()).isEqualTo("42");
              assertThat(row.ruleOid()).isEmpty();
            });
  }

  private static StoredForm given(
      String eventOid,
      LocalDate date,
      String weight,
      String mgPerKg,
      String mg,
      String decision,
      String reason) {
    Map<String, String> values = new HashMap<>();
    values.put(DosingItems.DATE, date.toString());
    values.put(DosingItems.WEIGHT, weight);
    values.put(DosingItems.DOSE_MGKG, mgPerKg);
    values.put(DosingItems.DOSE_MG, mg);
    if (!decision.isEmpty()) {
      values.put(DosingItems.DECISION, decision);
    }
    if (!reason.isEmpty()) {
      values.put(DosingItems.DECISION_REASON, reason);
    }
    return new StoredForm(eventOid, 1, values);
  }
}
