package org.ecrf.dosing.domain;

/**
 * The visit of an infusion: its study event OID (which selects the target window) and its planned
 * treatment week counted from the first infusion at week 0 (which tells induction from
 * maintenance). The week comes from the visit schedule, not from the actual date.
 *
 * @param studyEventOid e.g. {@code SE.WEEK14}
 * @param week 0 or more
 */
public record InfusionVisit(String studyEventOid, int week) {

  public InfusionVisit {
    if (studyEventOid == null || studyEventOid.isBlank()) {
      throw new IllegalArgumentException("An infusion visit needs its StudyEventOID");
    }
    if (week < 0) {
      throw new IllegalArgumentException(
          "Infusion visit " + studyEventOid + ": week must be 0 or more, was " + week);
    }
  }

  /** "SE.WEEK14 (week 14)", for messages. */
  public String describe() {
    return studyEventOid + " (week " + week + ")";
  }
}
