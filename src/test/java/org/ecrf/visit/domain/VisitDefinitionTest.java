package org.ecrf.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitDefinitionTest {

  @Test
  void plannedKindsNeedATimingAndOthersTakeNone() {
    assertThatThrownBy(
            () ->
                new VisitDefinition(
                    "SE.WEEK2", "Week 2", VisitKind.SCHEDULED, Optional.empty(), true))
        .hasMessage("Visit SE.WEEK2 (SCHEDULED) needs a planned day");
    assertThatThrownBy(
            () ->
                new VisitDefinition(
                    "SE.EOS",
                    "End",
                    VisitKind.END_OF_STUDY,
                    Optional.of(PlannedOffset.day(300)),
                    false))
        .hasMessage("Visit SE.EOS (END_OF_STUDY) is never planned, so it takes no planned day");
    assertThat(VisitDefinition.unscheduled("SE.UNS", null, true).name()).isEqualTo("SE.UNS");
  }

  @ParameterizedTest(name = "screening day {0} +{1}: accepted {2}")
  @CsvSource({
    "-1, 0, true",
    "-7, 7, true",
    "-1, 1, true",
    "-1, 2, false",
    "0, 1, false",
    "3, 0, false"
  })
  void screeningMustEndOnOrBeforeDayZero(int offset, int after, boolean accepted) {
    PlannedOffset timing = new PlannedOffset(offset, 20, after);
    if (accepted) {
      assertThat(VisitDefinition.screening("SE.SCREENING", "Screening", timing).kind())
          .isEqualTo(VisitKind.SCREENING);
    } else {
      assertThatThrownBy(() -> VisitDefinition.screening("SE.SCREENING", "Screening", timing))
          .hasMessageContaining("must end on or before day 0");
    }
  }

  @Test
  void rejectsNegativeWindowsAndIntervalsOutOfRange() {
    assertThatThrownBy(() -> new PlannedOffset(14, -1, 3))
        .hasMessage("Window days must not be negative, not -1 before and 3 after");
    LocalDate day = LocalDate.of(2025, 1, 1);
    assertThatThrownBy(() -> Infusion.withNextInterval("SE.WEEK14", day, 0))
        .hasMessage("The interval decided at SE.WEEK14 must be 1 to 52 weeks, not 0");
    assertThat(Infusion.withNextInterval("SE.WEEK14", day, 52).nextIntervalWeeks()).hasValue(52);
  }

  @ParameterizedTest(name = "{0} in [2025-06-02, 2025-06-16]: {1}")
  @CsvSource({"2025-06-01, false", "2025-06-02, true", "2025-06-16, true", "2025-06-17, false"})
  void windowsIncludeBothEnds(LocalDate day, boolean inside) {
    VisitWindow window = VisitWindow.around(LocalDate.of(2025, 6, 9), new PlannedOffset(98, 7, 7));
    assertThat(window.contains(day)).isEqualTo(inside);
  }

  @Test
  void aWindowCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> new VisitWindow(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 1)))
        .hasMessage("A window ending 2025-06-01 cannot start later, on 2025-06-02");
  }
}
