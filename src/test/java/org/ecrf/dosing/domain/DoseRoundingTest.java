package org.ecrf.dosing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DoseRoundingTest {

  @ParameterizedTest(name = "{0} kg x {1} mg/kg to {2} mg steps = {3} mg")
  @CsvFileSource(resources = "/dosing/dose-rounding.csv", numLinesToSkip = 1)
  void roundsToTheNearestIncrementHalvesUpNeverToZero(
      String weightKg, String doseMgPerKg, int incrementMg, String expectedMg) {
    assertThat(
            new DoseRounding(incrementMg)
                .doseMg(new BigDecimal(weightKg), new BigDecimal(doseMgPerKg)))
        .isEqualTo(new BigDecimal(expectedMg));
  }

  @Test
  void rejectsAnIncrementBelowOneMg() {
    assertThatThrownBy(() -> new DoseRounding(0))
        .hasMessage("Dose rounding increment must be 1 mg or more, was 0");
  }
}
