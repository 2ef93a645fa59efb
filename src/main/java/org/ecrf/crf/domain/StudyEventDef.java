package org.ecrf.crf.domain;

import java.util.List;

/**
 * A visit or other study event (ODM StudyEventDef) with its forms and timing.
 *
 * @param oid e.g. {@code SE.WEEK14}
 * @param name the ODM Name
 * @param type scheduled, unscheduled or common (logs that run through the study)
 * @param repeating whether a subject can have the event several times
 * @param formRefs its forms, in order
 * @param timing the planned day, window and infusion flag
 */
public record StudyEventDef(
    String oid,
    String name,
    EventType type,
    boolean repeating,
    List<FormRef> formRefs,
    VisitTiming timing) {

  public StudyEventDef {
    formRefs = List.copyOf(formRefs);
  }
}
