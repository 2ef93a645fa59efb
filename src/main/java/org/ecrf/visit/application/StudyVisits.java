package org.ecrf.visit.application;

import java.util.List;
import java.util.Optional;
import org.ecrf.crf.domain.EventType;
import org.ecrf.crf.domain.PlannedDay;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.visit.domain.PlannedOffset;
import org.ecrf.visit.domain.VisitDefinition;

/**
 * The visits of a study as the schedule needs them, from the StudyEventDefs and their extension
 * timing: a scheduled event planned before day 0 is the screening visit, other scheduled events are
 * planned visits (infusion visits among them), unscheduled events are never planned, and common
 * events (running logs such as adverse events) are not visits at all.
 */
public final class StudyVisits {

  private StudyVisits() {}

  public static List<VisitDefinition> of(StudyDefinition definition) {
    return definition.events().stream()
        .filter(event -> event.type() != EventType.COMMON)
        .map(StudyVisits::visit)
        .toList();
  }

  private static VisitDefinition visit(StudyEventDef event) {
    Optional<PlannedDay> day = event.timing().plannedDay();
    if (event.type() != EventType.SCHEDULED || day.isEmpty()) {
      return VisitDefinition.unscheduled(event.oid(), event.name(), event.timing().infusion());
    }
    PlannedOffset offset =
        new PlannedOffset(
            day.get().offsetDays(), day.get().windowBeforeDays(), day.get().windowAfterDays());
    return day.get().offsetDays() < 0 && !event.timing().infusion()
        ? VisitDefinition.screening(event.oid(), event.name(), offset)
        : VisitDefinition.scheduled(event.oid(), event.name(), offset, event.timing().infusion());
  }
}
