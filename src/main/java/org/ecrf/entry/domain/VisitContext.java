package org.ecrf.entry.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The visit a form is entered for (ODM StudyEventData): the event, its repeat key and the visit
 * date, which is the assessment date of scores and the day ages are counted to.
 *
 * @param studyEventOid e.g. {@code SE.WEEK0}
 * @param repeatKey 1 or more (1 for a non-repeating event)
 * @param date the visit date; empty while unknown
 */
public record VisitContext(String studyEventOid, int repeatKey, Optional<LocalDate> date) {

  public VisitContext {
    Objects.requireNonNull(studyEventOid, "studyEventOid");
    date = Objects.requireNonNullElse(date, Optional.<LocalDate>empty());
    if (repeatKey < 1) {
      throw new IllegalArgumentException(
          "The repeat key of study event " + studyEventOid + " starts at 1, not " + repeatKey);
    }
  }

  /** The first occurrence of an event, on a date ({@code null} when unknown). */
  public static VisitContext of(String studyEventOid, LocalDate date) {
    return new VisitContext(studyEventOid, 1, Optional.ofNullable(date));
  }
}
