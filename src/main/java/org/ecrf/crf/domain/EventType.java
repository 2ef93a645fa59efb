package org.ecrf.crf.domain;

/** ODM's StudyEventDef Type. */
public enum EventType {
  SCHEDULED,
  UNSCHEDULED,
  COMMON
}
