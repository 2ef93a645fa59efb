package org.ecrf.visit.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A visit of the study as the schedule needs it, taken from the study definition's StudyEventDef.
 *
 * @param oid the StudyEvent OID, e.g. {@code SE.WEEK14}
 * @param name for messages, e.g. "Week 14"
 * @param kind screening, scheduled, unscheduled or end of study
 * @param timing the planned day and window; present exactly for screening and scheduled visits
 * @param infusion true when an infusion is given at this visit; infusion visits form the chain the
 *     schedule follows (see {@link VisitScheduleCalculator})
 */
public record VisitDefinition(
    String oid, String name, VisitKind kind, Optional<PlannedOffset> timing, boolean infusion) {

  public VisitDefinition {
    Objects.requireNonNull(oid, "oid");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(timing, "timing");
    name = name == null ? oid : name;
    if (kind.isPlanned() && timing.isEmpty()) {
      throw new IllegalArgumentException("Visit " + oid + " (" + kind + ") needs a planned day");
    }
    if (!kind.isPlanned() && timing.isPresent()) {
      throw new IllegalArgumentException(
          "Visit " + oid + " (" + kind + ") is never planned, so it takes no planned day");
    }
    if (kind == VisitKind.SCREENING && (infusion || timing.get().latestDay() > 0)) {
      throw new IllegalArgumentException(
          "Screening visit "
              + oid
              + " must end on or before day 0 (the first infusion) and include no infusion");
    }
  }

  public static VisitDefinition scheduled(
      String oid, String name, PlannedOffset timing, boolean infusion) {
    return new VisitDefinition(oid, name, VisitKind.SCHEDULED, Optional.of(timing), infusion);
  }

  public static VisitDefinition screening(String oid, String name, PlannedOffset timing) {
    return new VisitDefinition(oid, name, VisitKind.SCREENING, Optional.of(timing), false);
  }

  public static VisitDefinition unscheduled(String oid, String name, boolean infusion) {
    return new VisitDefinition(oid, name, VisitKind.UNSCHEDULED, Optional.empty(), infusion);
  }

  public static VisitDefinition endOfStudy(String oid, String name) {
    return new VisitDefinition(oid, name, VisitKind.END_OF_STUDY, Optional.empty(), false);
  }

  /** True for a scheduled infusion visit: a link of the infusion chain. */
  public boolean isScheduledInfusion() {
    return kind == VisitKind.SCHEDULED && infusion;
  }

  /** The planned day; only for screening and scheduled visits. */
  int offsetDays() {
    return timing.orElseThrow().offsetDays();
  }
}
