package org.ecrf.visit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What has happened to a subject so far: the infusions given, the dates of visits that took place,
 * and the visits marked as missed. The first infusion (at the visit planned on day 0) is the anchor
 * of the schedule; before it is recorded, no visit has a planned date.
 *
 * @param infusions the infusions given, in any order
 * @param visitDates the actual date of each visit that took place, by visit OID; for an infusion
 *     visit without an entry here the infusion date is taken
 * @param missedVisitOids the visits marked as missed (they keep their planned date)
 */
public record VisitHistory(
    List<Infusion> infusions, Map<String, LocalDate> visitDates, Set<String> missedVisitOids) {

  public VisitHistory {
    infusions = List.copyOf(infusions);
    visitDates = Map.copyOf(visitDates);
    missedVisitOids = Set.copyOf(missedVisitOids);
    for (String oid : missedVisitOids) {
      if (visitDates.containsKey(oid)) {
        throw new IllegalArgumentException(
            "Visit " + oid + " has a date (" + visitDates.get(oid) + ") and is marked missed");
      }
    }
    for (Infusion infusion : infusions) {
      Objects.requireNonNull(infusion, "infusion");
      if (missedVisitOids.contains(infusion.visitOid())) {
        throw new IllegalArgumentException(
            "Visit " + infusion.visitOid() + " has an infusion and is marked missed");
      }
    }
  }

  /** Nothing has happened yet (before screening). */
  public static VisitHistory empty() {
    return new VisitHistory(List.of(), Map.of(), Set.of());
  }
}
