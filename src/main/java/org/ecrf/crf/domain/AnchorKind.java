package org.ecrf.crf.domain;

/** The date a visit's planned day (offset) is counted from. */
public enum AnchorKind {
  /**
   * Day 0 is the date of the first infusion, given at the visit with offset 0 and an infusion
   * (TOPIT: {@code SE.WEEK0}).
   */
  FIRST_INFUSION,
  /**
   * Day 0 is the date of the subject's latest infusion before this visit, for protocols whose
   * visits follow the actual infusion interval.
   */
  PREVIOUS_INFUSION
}
