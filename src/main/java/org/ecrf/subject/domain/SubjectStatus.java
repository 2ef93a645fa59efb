package org.ecrf.subject.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a subject stands in the study. The allowed moves:
 *
 * <pre>
 * SCREENING --enrol--> ENROLLED --randomise--> RANDOMISED --complete--> COMPLETED
 *     |                    |                        |
 *     +--fail screening----+---> SCREEN_FAILED      +--withdraw--> WITHDRAWN
 * </pre>
 *
 * <p>SCREENING: registered, eligibility and consent being checked. ENROLLED: eligible with consent
 * documented, waiting for allocation. A subject who leaves before randomisation (including by
 * withdrawing consent) is a screening failure with its reason, so that the flow diagram counts
 * everyone registered but not randomised in one place; WITHDRAWN is only for randomised subjects.
 * SCREEN_FAILED, WITHDRAWN and COMPLETED are final: a child screened again gets a new subject key.
 */
public enum SubjectStatus {
  SCREENING,
  SCREEN_FAILED,
  ENROLLED,
  RANDOMISED,
  WITHDRAWN,
  COMPLETED;

  /** The statuses this one may move to; empty for final statuses. */
  public Set<SubjectStatus> allowedNext() {
    return switch (this) {
      case SCREENING -> EnumSet.of(ENROLLED, SCREEN_FAILED);
      case ENROLLED -> EnumSet.of(RANDOMISED, SCREEN_FAILED);
      case RANDOMISED -> EnumSet.of(WITHDRAWN, COMPLETED);
      case SCREEN_FAILED, WITHDRAWN, COMPLETED -> EnumSet.noneOf(SubjectStatus.class);
    };
  }

  public boolean canMoveTo(SubjectStatus next) {
    return allowedNext().contains(next);
  }

  /** True for statuses nothing follows. */
  public boolean isFinal() {
    return allowedNext().isEmpty();
  }

  /** True once a subject has been randomised, whatever happened after (for enrolment counts). */
  public boolean hasBeenRandomised() {
    return this == RANDOMISED || this == WITHDRAWN || this == COMPLETED;
  }

  /** True once a subject has been enrolled, randomised or not since. */
  public boolean hasBeenEnrolled() {
    return this == ENROLLED || hasBeenRandomised();
  }
}
