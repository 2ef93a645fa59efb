package org.ecrf.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class VisitScheduleCalculatorTest {

  private static final VisitScheduleCalculator CALCULATOR =
      new VisitScheduleCalculator(VisitFixtures.topitLikeVisits());
  private static final LocalDate DAY_0 = LocalDate.of(2025, 3, 3);
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 5);
  private static final List<String> AFTER_WEEK_2 =
      List.of("SE.WEEK6", "SE.WEEK10", "SE.WEEK14", "SE.WEEK22", "SE.WEEK30");

  @ParameterizedTest(name = "{0} planned {1}, window {2} to {3}")
  @CsvFileSource(resources = "/visit/standard-schedule.csv", numLinesToSkip = 1)
  void plansEveryVisitFromTheFirstInfusion(
      String oid, LocalDate planned, LocalDate earliest, LocalDate latest) {
    ScheduledVisit visit = standard().visit(oid);
    assertThat(visit.plannedDate()).contains(planned);
    assertThat(visit.window()).contains(new VisitWindow(earliest, latest));
  }

  @Test
  void theAnchorIsTheFirstInfusionAndItsVisitIsDone() {
    VisitSchedule schedule = standard();
    assertThat(schedule.anchor()).contains(DAY_0);
    assertThat(schedule.visit("SE.WEEK0").actualDate()).contains(DAY_0);
    assertThat(schedule.visit("SE.WEEK0").status()).isEqualTo(VisitStatus.DONE);
    assertThat(schedule.visits()).extracting(ScheduledVisit::oid).first().isEqualTo("SE.SCREENING");
  }

  @Test
  void beforeTheFirstInfusionNoVisitIsPlanned() {
    VisitHistory screened =
        new VisitHistory(List.of(), Map.of("SE.SCREENING", LocalDate.of(2025, 2, 20)), Set.of());
    VisitSchedule schedule = CALCULATOR.schedule(screened, TODAY);
    assertThat(schedule.anchor()).isEmpty();
    assertThat(schedule.visits())
        .allSatisfy(
            visit -> {
              assertThat(visit.plannedDate()).isEmpty();
              assertThat(visit.status()).isEqualTo(VisitStatus.NOT_SCHEDULED);
            });
    assertThat(schedule.visit("SE.SCREENING").actualDate()).contains(LocalDate.of(2025, 2, 20));
  }

  @ParameterizedTest(name = "week 2 given {0} days off plan moves later visits by {0}")
  @CsvSource({"-3", "-1", "2", "3"})
  void anEarlyOrLateInfusionMovesEveryLaterPlannedDate(int daysOffPlan) {
    LocalDate week2 = LocalDate.of(2025, 3, 17).plusDays(daysOffPlan);
    VisitSchedule moved =
        CALCULATOR.schedule(
            history(Infusion.at("SE.WEEK0", DAY_0), Infusion.at("SE.WEEK2", week2)), TODAY);
    VisitSchedule standard = standard();
    for (String oid : AFTER_WEEK_2) {
      assertThat(moved.visit(oid).plannedDate())
          .as(oid)
          .contains(standard.visit(oid).plannedDate().orElseThrow().plusDays(daysOffPlan));
    }
    assertThat(moved.visit("SE.WEEK2").plannedDate())
        .isEqualTo(standard.visit("SE.WEEK2").plannedDate());
    assertThat(moved.visit("SE.SCREENING").plannedDate())
        .isEqualTo(standard.visit("SE.SCREENING").plannedDate());
    assertThat(moved.visit("SE.WEEK2").status()).isEqualTo(VisitStatus.DONE);
  }

  @Test
  void aShortenedIntervalMovesTheNextInfusionVisitAndEveryLaterOne() {
    VisitSchedule shortened =
        CALCULATOR.schedule(
            history(
                Infusion.at("SE.WEEK0", DAY_0),
                Infusion.at("SE.WEEK2", LocalDate.of(2025, 3, 17)),
                Infusion.at("SE.WEEK6", LocalDate.of(2025, 4, 14)),
                Infusion.withNextInterval("SE.WEEK14", LocalDate.of(2025, 6, 9), 6)),
            TODAY);
    assertThat(shortened.visit("SE.WEEK22").plannedDate()).contains(LocalDate.of(2025, 7, 21));
    assertThat(shortened.visit("SE.WEEK30").plannedDate()).contains(LocalDate.of(2025, 9, 15));
    assertThat(shortened.visit("SE.WEEK10").plannedDate()).contains(LocalDate.of(2025, 5, 12));
  }

  @Test
  void aDecidedIntervalAppliesToTheNextInfusionOnlyAndLaterOnesFollowFromIt() {
    VisitSchedule schedule =
        CALCULATOR.schedule(
            history(
                Infusion.at("SE.WEEK0", DAY_0),
                Infusion.withNextInterval("SE.WEEK2", LocalDate.of(2025, 3, 17), 3),
                Infusion.at("SE.WEEK6", LocalDate.of(2025, 4, 8)),
                Infusion.at("SE.WEEK14", LocalDate.of(2025, 6, 3))),
            TODAY);
    assertThat(schedule.visit("SE.WEEK6").plannedDate()).contains(LocalDate.of(2025, 4, 7));
    assertThat(schedule.visit("SE.WEEK6").status()).isEqualTo(VisitStatus.DONE);
    assertThat(schedule.visit("SE.WEEK14").plannedDate()).contains(LocalDate.of(2025, 6, 3));
    assertThat(schedule.visit("SE.WEEK22").plannedDate()).contains(LocalDate.of(2025, 7, 29));
  }

  @Test
  void followsTheWorkedExampleOfTheJavadoc() {
    VisitSchedule schedule =
        CALCULATOR.schedule(
            history(
                Infusion.at("SE.WEEK0", DAY_0),
                Infusion.at("SE.WEEK2", LocalDate.of(2025, 3, 14)),
                Infusion.at("SE.WEEK6", LocalDate.of(2025, 4, 11)),
                Infusion.withNextInterval("SE.WEEK14", LocalDate.of(2025, 6, 6), 6)),
            LocalDate.of(2025, 6, 10));
    assertThat(schedule.visit("SE.WEEK6").plannedDate()).contains(LocalDate.of(2025, 4, 11));
    assertThat(schedule.visit("SE.WEEK10").plannedDate()).contains(LocalDate.of(2025, 5, 9));
    assertThat(schedule.visit("SE.WEEK10").status()).isEqualTo(VisitStatus.OVERDUE);
    assertThat(schedule.visit("SE.WEEK14").plannedDate()).contains(LocalDate.of(2025, 6, 6));
    assertThat(schedule.visit("SE.WEEK22").plannedDate()).contains(LocalDate.of(2025, 7, 18));
    assertThat(schedule.visit("SE.WEEK22").status()).isEqualTo(VisitStatus.UPCOMING);
  }

  @Test
  void aMissedInfusionVisitKeepsItsPlannedDateAsReference() {
    VisitHistory history =
        new VisitHistory(List.of(Infusion.at("SE.WEEK0", DAY_0)), Map.of(), Set.of("SE.WEEK2"));
    VisitSchedule schedule = CALCULATOR.schedule(history, LocalDate.of(2025, 4, 1));
    assertThat(schedule.visit("SE.WEEK2").status()).isEqualTo(VisitStatus.MISSED);
    assertThat(schedule.visit("SE.WEEK2").plannedDate()).contains(LocalDate.of(2025, 3, 17));
    assertThat(schedule.visit("SE.WEEK6").plannedDate()).contains(LocalDate.of(2025, 4, 14));
  }

  @ParameterizedTest(name = "today {0}, visit on {1}, missed {2}: {3}")
  @CsvFileSource(resources = "/visit/status-boundaries.csv", numLinesToSkip = 1)
  void statusAtTheWindowBoundaries(
      LocalDate today, LocalDate actual, boolean missed, VisitStatus expected) {
    Map<String, LocalDate> dates = new HashMap<>();
    if (actual != null) {
      dates.put("SE.WEEK14", actual);
    }
    VisitHistory history =
        new VisitHistory(
            List.of(Infusion.at("SE.WEEK0", DAY_0)),
            dates,
            missed ? Set.of("SE.WEEK14") : Set.of());
    ScheduledVisit week14 = CALCULATOR.schedule(history, today).visit("SE.WEEK14");
    assertThat(week14.status()).isEqualTo(expected);
    assertThat(week14.actualDate()).isEqualTo(Optional.ofNullable(actual));
  }

  @ParameterizedTest(name = "screening on {0}: {1}")
  @CsvSource({
    "2025-02-02, OUT_OF_WINDOW",
    "2025-02-03, DONE",
    "2025-03-02, DONE",
    "2025-03-03, OUT_OF_WINDOW"
  })
  void screeningWindowEndsTheDayBeforeTheFirstInfusion(LocalDate screened, VisitStatus expected) {
    VisitHistory history =
        new VisitHistory(
            List.of(Infusion.at("SE.WEEK0", DAY_0)), Map.of("SE.SCREENING", screened), Set.of());
    assertThat(CALCULATOR.schedule(history, TODAY).visit("SE.SCREENING").status())
        .isEqualTo(expected);
  }

  @Test
  void unscheduledAndEndOfStudyVisitsAreNeverPlannedAndUnscheduledInfusionsMoveNothing() {
    VisitHistory history =
        new VisitHistory(
            List.of(
                Infusion.at("SE.WEEK0", DAY_0),
                Infusion.at("SE.UNSCHEDULED", LocalDate.of(2025, 3, 10)),
                Infusion.at("SE.UNSCHEDULED", LocalDate.of(2025, 3, 12))),
            Map.of(
                "SE.UNSCHEDULED", LocalDate.of(2025, 3, 12), "SE.EOS", LocalDate.of(2025, 3, 20)),
            Set.of());
    VisitSchedule schedule = CALCULATOR.schedule(history, TODAY);
    assertThat(schedule.visit("SE.UNSCHEDULED").status()).isEqualTo(VisitStatus.NOT_SCHEDULED);
    assertThat(schedule.visit("SE.EOS").status()).isEqualTo(VisitStatus.NOT_SCHEDULED);
    assertThat(schedule.visit("SE.EOS").actualDate()).contains(LocalDate.of(2025, 3, 20));
    assertThat(schedule.visit("SE.WEEK2").plannedDate()).contains(LocalDate.of(2025, 3, 17));
  }

  @Test
  void listsTheVisitsOutsideTheirWindow() {
    VisitSchedule schedule =
        CALCULATOR.schedule(
            history(
                Infusion.at("SE.WEEK0", DAY_0), Infusion.at("SE.WEEK2", LocalDate.of(2025, 3, 21))),
            TODAY);
    assertThat(schedule.outOfWindow()).extracting(ScheduledVisit::oid).containsExactly("SE.WEEK2");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SE.WEEK99 | Visit SE.WEEK99 is not defined in the study",
        "SE.WEEK10 | Visit SE.WEEK10 includes no infusion, yet one is recorded on 2025-05-12",
      })
  void rejectsInfusionsAtUnknownOrNonInfusionVisits(String oid, String message) {
    assertThatThrownBy(
            () ->
                CALCULATOR.schedule(
                    history(
                        Infusion.at("SE.WEEK0", DAY_0),
                        Infusion.at(oid, LocalDate.of(2025, 5, 12))),
                    TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsInconsistentHistories() {
    assertThatThrownBy(
            () ->
                CALCULATOR.schedule(
                    history(Infusion.at("SE.WEEK0", DAY_0), Infusion.at("SE.WEEK0", TODAY)), TODAY))
        .hasMessage("Visit SE.WEEK0 has two infusions recorded");
    assertThatThrownBy(() -> CALCULATOR.schedule(history(Infusion.at("SE.WEEK2", DAY_0)), TODAY))
        .hasMessage("Infusions are recorded but not the first one, at SE.WEEK0");
    assertThatThrownBy(
            () ->
                CALCULATOR.schedule(
                    history(Infusion.at("SE.WEEK0", DAY_0), Infusion.at("SE.WEEK2", DAY_0)), TODAY))
        .hasMessage(
            "The infusion at SE.WEEK2 (2025-03-03) is not after the one at SE.WEEK0 (2025-03-03)");
    assertThatThrownBy(
            () ->
                CALCULATOR.schedule(
                    new VisitHistory(List.of(), Map.of(), Set.of("SE.WEEK77")), TODAY))
        .hasMessage("Visit SE.WEEK77 is not defined in the study");
    assertThatThrownBy(
            () -> new VisitHistory(List.of(), Map.of("SE.WEEK2", TODAY), Set.of("SE.WEEK2")))
        .hasMessage("Visit SE.WEEK2 has a date (2025-03-05) and is marked missed");
  }

  @Test
  void rejectsStudiesWithoutASingleAnchorVisit() {
    VisitDefinition week2 =
        VisitDefinition.scheduled("SE.WEEK2", "Week 2", PlannedOffset.day(14), true);
    assertThatThrownBy(() -> new VisitScheduleCalculator(List.of(week2)))
        .hasMessageContaining("the first infusion visit is SE.WEEK2 on day 14");
    assertThatThrownBy(() -> new VisitScheduleCalculator(List.of()))
        .hasMessageContaining("there is no scheduled infusion visit");
    VisitDefinition week0 =
        VisitDefinition.scheduled("SE.WEEK0", "Week 0", PlannedOffset.day(0), true);
    VisitDefinition day0 =
        VisitDefinition.scheduled("SE.DAY0", "Day 0", PlannedOffset.day(0), true);
    assertThatThrownBy(() -> new VisitScheduleCalculator(List.of(week0, day0)))
        .hasMessage("Infusion visits SE.WEEK0 and SE.DAY0 are both planned on day 0");
    assertThatThrownBy(() -> new VisitScheduleCalculator(List.of(week0, week0)))
        .hasMessage("Visit SE.WEEK0 is defined twice");
  }

  private static VisitSchedule standard() {
    return CALCULATOR.schedule(history(Infusion.at("SE.WEEK0", DAY_0)), TODAY);
  }

  private static VisitHistory history(Infusion... infusions) {
    return new VisitHistory(List.of(infusions), Map.of(), Set.of());
  }
}
