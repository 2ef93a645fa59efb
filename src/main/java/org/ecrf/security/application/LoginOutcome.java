package org.ecrf.security.application;

import java.util.Set;
import org.ecrf.security.domain.Role;

/** The result of a sign-in attempt: who, with which roles, or why not. */
public record LoginOutcome(Status status, String username, Set<Role> roles) {

  public enum Status {
    SUCCESS,
    INVALID_CREDENTIALS,
    LOCKED,
    DEACTIVATED
  }

  static LoginOutcome refused(Status status) {
    return new LoginOutcome(status, null, Set.of());
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }
}
