package org.ecrf.export.odm;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One visit of a subject as stored (ODM StudyEventData).
 *
 * @param eventOid the study event
 * @param repeatKey its repeat key, from 1
 * @param visitDate the actual visit date; empty for a visit not yet dated or missed
 */
public record VisitRecord(String eventOid, int repeatKey, Optional<LocalDate> visitDate) {

  public VisitRecord {
    Objects.requireNonNull(eventOid, "eventOid");
    Objects.requireNonNull(visitDate, "visitDate");
  }

  /** Whether the record is of this visit. */
  public boolean is(String event, int repeat) {
    return eventOid.equals(event) && repeatKey == repeat;
  }
}
