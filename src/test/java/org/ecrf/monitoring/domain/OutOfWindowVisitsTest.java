package org.ecrf.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecrf.monitoring.domain.OutOfWindowVisits.ExistingQuery;
import org.ecrf.monitoring.domain.OutOfWindowVisits.VisitQuery;
import org.ecrf.visit.domain.PlannedOffset;
import org.ecrf.visit.domain.ScheduledVisit;
import org.ecrf.visit.domain.VisitDefinition;
import org.ecrf.visit.domain.VisitKind;
import org.ecrf.visit.domain.VisitStatus;
import org.ecrf.visit.domain.VisitWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutOfWindowVisitsTest {

  private static final LocalDate PLANNED = LocalDate.parse("2026-01-26");
  private static final VisitWindow WINDOW =
      new VisitWindow(LocalDate.parse("2026-01-23"), LocalDate.parse("2026-01-29"));

  @Test
  void asksAboutAVisitDatedOutsideItsWindowWithTheDateAndTheWindow() {
    List<VisitQuery> queries =
        OutOfWindowVisits.queriesFor(
            List.of(week2("2026-02-10", VisitStatus.OUT_OF_WINDOW)), List.of());

    assertThat(queries)
        .singleElement()
        .satisfies(
            query -> {
              assertThat(query.eventOid()).isEqualTo("SE.WEEK2");
              assertThat(query.question())
                  .startsWith("The visit date 2026-02-10 is outside the visit window")
                  .contains("2026-01-23 to 2026-01-29, planned 2026-01-26");
              assertThat(OutOfWindowVisits.dateOf(query.question()))
                  .contains(LocalDate.parse("2026-02-10"));
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"DONE", "DUE", "OVERDUE", "UPCOMING", "MISSED"})
  void leavesVisitsInAnyOtherStatusAlone(VisitStatus status) {
    assertThat(OutOfWindowVisits.queriesFor(List.of(week2("2026-01-26", status)), List.of()))
        .isEmpty();
  }

  /** The same date is asked about once; an unresolved query waits for its answer. */
  @ParameterizedTest(name = "existing {0} about {1}: new query {2}")
  @CsvSource({
    "OPEN, 2026-02-10, false",
    "ANSWERED, 2026-02-10, false",
    "CLOSED, 2026-02-10, false",
    "OPEN, 2026-02-12, false",
    "CLOSED, 2026-02-12, true"
  })
  void asksOncePerDate(QueryStatus status, String askedDate, boolean raised) {
    String asked =
        OutOfWindowVisits.queriesFor(
                List.of(week2(askedDate, VisitStatus.OUT_OF_WINDOW)), List.of())
            .get(0)
            .question();

    List<VisitQuery> queries =
        OutOfWindowVisits.queriesFor(
            List.of(week2("2026-02-10", VisitStatus.OUT_OF_WINDOW)),
            List.of(new ExistingQuery("SE.WEEK2", status, asked)));

    assertThat(queries.isEmpty()).isEqualTo(!raised);
  }

  @Test
  void aQueryOnAnotherVisitDoesNotCount() {
    List<VisitQuery> queries =
        OutOfWindowVisits.queriesFor(
            List.of(week2("2026-02-10", VisitStatus.OUT_OF_WINDOW)),
            List.of(
                new ExistingQuery("SE.WEEK6", QueryStatus.OPEN, "The visit date 2026-02-10 x")));

    assertThat(queries).hasSize(1);
  }

  @Test
  void readsNoDateFromAQuestionItDidNotWrite() {
    assertThat(OutOfWindowVisits.dateOf("Please check the date")).isEmpty();
    assertThat(OutOfWindowVisits.dateOf(null)).isEmpty();
  }

  private static ScheduledVisit week2(String date, VisitStatus status) {
    VisitDefinition definition =
        new VisitDefinition(
            "SE.WEEK2",
            "Week 2",
            VisitKind.SCHEDULED,
            Optional.of(new PlannedOffset(14, 3, 3)),
            true);
    return new ScheduledVisit(
        definition,
        Optional.of(PLANNED),
        Optional.of(WINDOW),
        Optional.of(LocalDate.parse(date)),
        status);
  }
}
