package org.ecrf.crf.domain;

import java.util.Optional;

/**
 * The timing of a study event (extension attributes on StudyEventDef).
 *
 * @param plannedDay when the visit is due; empty for visits without a planned day (unscheduled
 *     visits, running logs, end of study)
 * @param infusion true when the visit includes an infusion
 */
public record VisitTiming(Optional<PlannedDay> plannedDay, boolean infusion) {

  /** No planned day, no infusion. */
  public static final VisitTiming UNPLANNED = new VisitTiming(Optional.empty(), false);

  /** True for the anchor visit: first-infusion anchor, day 0, with an infusion. */
  public boolean isAnchor() {
    return infusion
        && plannedDay
            .filter(day -> day.anchor() == AnchorKind.FIRST_INFUSION && day.offsetDays() == 0)
            .isPresent();
  }
}
