package org.ecrf.dosing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetWindowTest {

  private final TargetWindow maintenance =
      TargetWindow.byDefault(new BigDecimal("5"), BigDecimal.TEN);
  private final TargetWindow week14 =
      TargetWindow.forStudyEvent("SE.WEEK14", new BigDecimal("5"), null);

  @ParameterizedTest(name = "{0} µg/mL: maintenance {1}, week 14 {2}")
  @CsvSource({
    "0,      BELOW,  BELOW",
    "4.99,   BELOW,  BELOW",
    "5,      WITHIN, WITHIN",
    "5.00,   WITHIN, WITHIN",
    "7.3,    WITHIN, WITHIN",
    "10,     WITHIN, WITHIN",
    "10.01,  ABOVE,  WITHIN",
    "40,     ABOVE,  WITHIN"
  })
  void includesBothBoundsAndHasNoAboveWithoutAnUpperBound(
      String level, TroughPosition inMaintenance, TroughPosition inWeek14) {
    assertThat(maintenance.positionOf(new BigDecimal(level))).isEqualTo(inMaintenance);
    assertThat(week14.positionOf(new BigDecimal(level))).isEqualTo(inWeek14);
  }

  @ParameterizedTest
  @CsvSource({"5, 10, 5-10 µg/mL", "5, , at least 5 µg/mL", "2.50, 7.0, 2.5-7 µg/mL"})
  void describesItsBounds(String low, String high, String text) {
    TargetWindow window =
        TargetWindow.byDefault(new BigDecimal(low), high == null ? null : new BigDecimal(high));
    assertThat(window.describe()).isEqualTo(text);
  }
}
