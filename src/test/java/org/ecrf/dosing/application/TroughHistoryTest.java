package org.ecrf.dosing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ecrf.dosing.application.InfusionAdvisorTest.infusion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecrf.dosing.domain.AdvisorSettings;
import org.ecrf.dosing.domain.DosingRuleSet;
import org.ecrf.testing.TopitDefinition;
import org.junit.jupiter.api.Test;

/** A guided-arm child's levels for the trough chart. */
class TroughHistoryTest {

  private final DosingRuleSet topit =
      InfusionAdvisor.of(TopitDefinition.get(), AdvisorSettings.defaults()).orElseThrow().ruleSet();

  @Test
  void givesEachLevelWithItsVisitsWindowAndTheDoseGivenInDateOrder() {
    LocalDate week14 = LocalDate.of(2026, 4, 6);
    DosingRecord record =
        new DosingRecord(
            List.of(
                sample("SE.WEEK22", week14.plusWeeks(6), Map.of("I.TROUGH_IFX_BLQ", "Y")),
                sample("SE.WEEK14", week14, Map.of("I.TROUGH_IFX_BLQ", "N", "I.TROUGH_IFX", "3.2")),
                new StoredForm("SE.WEEK30", 1, Map.of("I.TROUGH_IFX_BLQ", "N"))),
            List.of(infusion("SE.WEEK14", week14, "5", "FOLLOW", "6")));

    List<TroughPoint> points = TroughHistory.of(record, topit);

    assertThat(points)
        .extracting(TroughPoint::eventOid, TroughPoint::belowLimit)
        .containsExactly(tuple("SE.WEEK14", false), tuple("SE.WEEK22", true));
    TroughPoint first = points.get(0);
    assertThat(first.levelUgPerMl()).contains(new BigDecimal("3.2"));
    assertThat(first.targetLow()).isEqualByComparingTo("5");
    assertThat(first.targetHigh()).isEmpty();
    assertThat(first.doseMgPerKg()).contains(new BigDecimal("5"));
    assertThat(points.get(1).targetHigh()).contains(BigDecimal.TEN);
    assertThat(points.get(1).levelUgPerMl()).isEqualTo(Optional.empty());
  }

  private static StoredForm sample(String eventOid, LocalDate date, Map<String, String> result) {
    Map<String, String> values = new HashMap<>(result);
    values.put(DosingItems.TROUGH_DATE, date.toString());
    return new StoredForm(eventOid, 1, values);
  }
}
