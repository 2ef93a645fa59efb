package org.ecrf.subject.domain;

/**
 * How many children of a group (a site, a stratum, the study) stand where. Every registered child
 * is in exactly one of screening, screening failure and enrolled, so {@code registered =
 * inScreening + screenFailures + enrolled}; the randomised are among the enrolled.
 *
 * <p>Enrolled counts children enrolled now or at any time since randomisation (randomised,
 * withdrawn after randomisation, completed): {@link SubjectStatus#hasBeenEnrolled()}. A child who
 * left between enrolment and randomisation is a screening failure, as {@link SubjectStatus} rules,
 * so the flow diagram counts everyone registered but never randomised in one place.
 *
 * @param registered every child given a subject key ("screened")
 * @param inScreening status SCREENING: eligibility and consent being checked
 * @param screenFailures status SCREEN_FAILED
 * @param enrolled enrolled, randomised or not since
 * @param randomised randomised, whatever happened after
 */
public record EnrolmentCounts(
    int registered, int inScreening, int screenFailures, int enrolled, int randomised) {

  public static final EnrolmentCounts NONE = new EnrolmentCounts(0, 0, 0, 0, 0);

  /** These counts with one more child of the given status. */
  public EnrolmentCounts plus(SubjectStatus status) {
    return new EnrolmentCounts(
        registered + 1,
        inScreening + (status == SubjectStatus.SCREENING ? 1 : 0),
        screenFailures + (status == SubjectStatus.SCREEN_FAILED ? 1 : 0),
        enrolled + (status.hasBeenEnrolled() ? 1 : 0),
        randomised + (status.hasBeenRandomised() ? 1 : 0));
  }
}
