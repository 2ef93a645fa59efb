package org.ecrf.subject.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A subject's status with the reason for it where one is required (screening failure, withdrawal).
 * Immutable: each change returns the new state and refuses moves that {@link SubjectStatus} does
 * not allow.
 *
 * @param status the status
 * @param reason why the subject failed screening or withdrew; empty for other statuses
 */
public record SubjectState(SubjectStatus status, Optional<String> reason) {

  /** Longest reason accepted. */
  public static final int MAXIMUM_REASON_LENGTH = 1000;

  public SubjectState {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    boolean needsReason =
        status == SubjectStatus.SCREEN_FAILED || status == SubjectStatus.WITHDRAWN;
    if (needsReason != reason.isPresent()) {
      throw new IllegalArgumentException(
          needsReason
              ? "Status " + status + " needs a reason"
              : "Status " + status + " takes no reason");
    }
  }

  /** A newly registered subject. */
  public static SubjectState screening() {
    return new SubjectState(SubjectStatus.SCREENING, Optional.empty());
  }

  /** Eligible with consent documented; the caller checks {@link Eligibility} first. */
  public SubjectState enrol() {
    return moveTo(SubjectStatus.ENROLLED, null);
  }

  /** Allocated to an arm. */
  public SubjectState randomise() {
    return moveTo(SubjectStatus.RANDOMISED, null);
  }

  /** Leaves before randomisation, for the reason given (e.g. "exclusion criterion applies"). */
  public SubjectState failScreening(String reason) {
    return moveTo(SubjectStatus.SCREEN_FAILED, reason);
  }

  /** Leaves the study early after randomisation, for the reason given. */
  public SubjectState withdraw(String reason) {
    return moveTo(SubjectStatus.WITHDRAWN, reason);
  }

  /** Has finished the study as planned. */
  public SubjectState complete() {
    return moveTo(SubjectStatus.COMPLETED, null);
  }

  /** Checks the move first, then the reason (null for statuses without one). */
  private SubjectState moveTo(SubjectStatus next, String reason) {
    if (!status.canMoveTo(next)) {
      throw new IllegalStatusChangeException(status, next);
    }
    boolean needsReason = next == SubjectStatus.SCREEN_FAILED || next == SubjectStatus.WITHDRAWN;
    return new SubjectState(
        next, needsReason ? Optional.of(checkedReason(reason)) : Optional.empty());
  }

  private static String checkedReason(String reason) {
    String trimmed = reason == null ? "" : reason.trim();
    if (trimmed.isEmpty()) {
      throw new SubjectInputException("reason", "A reason is required");
    }
    if (trimmed.length() > MAXIMUM_REASON_LENGTH) {
      throw new SubjectInputException(
          "reason", "A reason has at most " + MAXIMUM_REASON_LENGTH + " characters");
    }
    return trimmed;
  }
}
