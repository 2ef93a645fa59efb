package org.ecrf.visit.domain;

/** What part a visit plays in the schedule; decides whether it gets a planned date. */
public enum VisitKind {
  /** Before day 0: a window ending on or before the first infusion (TOPIT: SE.SCREENING). */
  SCREENING,
  /** A protocol visit with a planned day relative to the schedule (SE.WEEK0, SE.WEEK14, ...). */
  SCHEDULED,
  /** Whenever needed; never planned. */
  UNSCHEDULED,
  /** When the subject leaves the study, regularly or early; never planned. */
  END_OF_STUDY;

  /** True for kinds that have a planned day and window. */
  public boolean isPlanned() {
    return this == SCREENING || this == SCHEDULED;
  }
}
