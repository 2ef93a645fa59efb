package org.ecrf.security.application;

import java.util.Set;
import org.ecrf.security.domain.Role;
import org.ecrf.security.domain.UserAccount;

/**
 * The result of a sign-in attempt: who, with which roles, or why not. A success carries the account
 * as it was read, so that the rest of the request need not read it again ({@link
 * CurrentUser#SIGNED_IN_ACCOUNT}).
 */
public record LoginOutcome(Status status, String username, Set<Role> roles, UserAccount account) {

  public enum Status {
    SUCCESS,
    INVALID_CREDENTIALS,
    LOCKED,
    DEACTIVATED
  }

  static LoginOutcome refused(Status status) {
    return new LoginOutcome(status, null, Set.of(), null);
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }
}
