package org.ecrf.dosing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardRegimenTest {

  private final StandardRegimen standard = DosingRuleSets.topitDefaults().standardRegimen();

  @ParameterizedTest(name = "week {0}: next infusion after {1} weeks")
  @CsvSource({"0, 2", "2, 4", "6, 8", "7, 8", "14, 8", "22, 8", "54, 8"})
  void givesTheStandardDoseAndTheIntervalOfTheStandardSchedule(int week, int interval) {
    assertThat(standard.regimenAtWeek(week)).isEqualTo(Regimen.of("5", interval));
  }

  @ParameterizedTest
  @ValueSource(ints = {-2, 1, 3, 4, 5})
  void rejectsWeeksInsideInductionThatAreNoInductionWeek(int week) {
    assertThatThrownBy(() -> standard.regimenAtWeek(week))
        .hasMessage(
            "Week " + week + " is not an infusion week of the standard induction (weeks 0, 2, 6)");
  }

  @Test
  void describesItself() {
    assertThat(standard.describe()).isEqualTo("5 mg/kg at weeks 0, 2, 6, then every 8 weeks");
  }

  @Test
  void rejectsInductionWeeksThatDoNotStartAtZeroOrDoNotIncrease() {
    BigDecimal five = BigDecimal.valueOf(5);
    assertThatThrownBy(() -> new StandardRegimen(five, List.of(2, 6), 8))
        .hasMessage("Standard regimen induction weeks must start at week 0, were [2, 6]");
    assertThatThrownBy(() -> new StandardRegimen(five, List.of(0, 6, 6), 8))
        .hasMessage("Standard regimen induction weeks must be strictly increasing, were [0, 6, 6]");
    assertThatThrownBy(() -> new StandardRegimen(five, List.of(0, 2, 6), 0))
        .hasMessage("Standard regimen maintenance interval must be 1 week or more, was 0");
  }
}
