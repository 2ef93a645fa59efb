package org.ecrf.monitoring.domain;

import java.util.Objects;

/**
 * The answer to a requested status move: allowed, not permitted for the caller's roles (the API
 * answers 403), or in conflict with the form's state (409); a refusal says why in one sentence.
 */
public record TransitionDecision(Verdict verdict, String reason) {

  /** The kind of answer. */
  public enum Verdict {
    ALLOWED,
    NOT_PERMITTED,
    CONFLICT
  }

  public TransitionDecision {
    Objects.requireNonNull(verdict, "verdict");
    reason = Objects.requireNonNullElse(reason, "");
  }

  static TransitionDecision allowed() {
    return new TransitionDecision(Verdict.ALLOWED, "");
  }

  static TransitionDecision notPermitted(String reason) {
    return new TransitionDecision(Verdict.NOT_PERMITTED, reason);
  }

  static TransitionDecision conflict(String reason) {
    return new TransitionDecision(Verdict.CONFLICT, reason);
  }

  public boolean isAllowed() {
    return verdict == Verdict.ALLOWED;
  }
}
