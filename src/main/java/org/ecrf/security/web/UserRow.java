package org.ecrf.security.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.stream.Collectors;
import org.ecrf.security.domain.RoleAssignment;
import org.ecrf.security.domain.UserAccount;

/** A user as the user list shows it: name, roles in short, and whether the account can be used. */
public record UserRow(
    String username, String displayName, String roles, String status, Instant lastLoginAt)
    implements Serializable {

  static UserRow of(UserAccount account) {
    String roles =
        account.roleAssignments().stream()
            .map(RoleAssignment::toString)
            .sorted()
            .collect(Collectors.joining(", "));
    return new UserRow(
        account.username(), account.displayName(), roles, statusOf(account), account.lastLoginAt());
  }

  /** The message-bundle key of the account status. */
  static String statusOf(UserAccount account) {
    if (!account.isActive()) {
      return "user.status.inactive";
    }
    return account.isLocked() ? "user.status.locked" : "user.status.active";
  }
}
