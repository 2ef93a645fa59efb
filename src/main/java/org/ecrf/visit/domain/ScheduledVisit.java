package org.ecrf.visit.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One visit of a subject's schedule on a given day.
 *
 * @param definition the visit as defined by the study
 * @param plannedDate when it should take place; empty before the first infusion and for visits that
 *     are never planned
 * @param window the inclusive window around the planned date; present exactly with it
 * @param actualDate when it took place, if it did
 * @param status where it stands
 */
public record ScheduledVisit(
    VisitDefinition definition,
    Optional<LocalDate> plannedDate,
    Optional<VisitWindow> window,
    Optional<LocalDate> actualDate,
    VisitStatus status) {

  public ScheduledVisit {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(status, "status");
    if (plannedDate.isPresent() != window.isPresent()) {
      throw new IllegalArgumentException("A planned date and a window go together");
    }
  }

  public String oid() {
    return definition.oid();
  }
}
