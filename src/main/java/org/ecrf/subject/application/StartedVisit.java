package org.ecrf.subject.application;

import java.util.Map;

/**
 * A visit a subject has started or that was marked missed (an ODM StudyEventData row), with the
 * status of each form started in it.
 *
 * @param formStatuses form OID to status name ({@code IN_PROGRESS}, {@code COMPLETE}, ...); empty
 *     when the visit has no form yet
 * @param missed whether the visit is marked missed (it then has no forms)
 */
public record StartedVisit(
    String subjectKey,
    String eventOid,
    int repeatKey,
    Map<String, String> formStatuses,
    boolean missed) {

  public StartedVisit {
    formStatuses = Map.copyOf(formStatuses);
  }
}
