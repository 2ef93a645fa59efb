package org.ecrf.visit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A subject's visits with planned dates, windows and status on one day, in the study's visit order.
 *
 * @param anchor the date of the first infusion (day 0); empty before it
 * @param visits every defined visit
 * @param problem why the infusions recorded so far cannot anchor the schedule (e.g. week 6 entered
 *     before week 0), in which case no visit has a planned date; empty normally
 */
public record VisitSchedule(
    Optional<LocalDate> anchor, List<ScheduledVisit> visits, Optional<String> problem) {

  public VisitSchedule {
    visits = List.copyOf(visits);
    java.util.Objects.requireNonNull(problem, "problem");
  }

  public VisitSchedule(Optional<LocalDate> anchor, List<ScheduledVisit> visits) {
    this(anchor, visits, Optional.empty());
  }

  /** The same visits, marked with why they could not be planned from the infusions. */
  public VisitSchedule withProblem(String why) {
    return new VisitSchedule(anchor, visits, Optional.of(why));
  }

  /**
   * The visit with this OID.
   *
   * @throws IllegalArgumentException when the study has no such visit
   */
  public ScheduledVisit visit(String oid) {
    return visits.stream()
        .filter(visit -> visit.oid().equals(oid))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("The study has no visit " + oid));
  }

  /** The visits whose date lies outside their window (each needs a query or flag). */
  public List<ScheduledVisit> outOfWindow() {
    return visits.stream().filter(visit -> visit.status() == VisitStatus.OUT_OF_WINDOW).toList();
  }
}
