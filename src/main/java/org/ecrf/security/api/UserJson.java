package org.ecrf.security.api;

import java.time.Instant;
import java.util.List;
import org.ecrf.security.domain.RoleAssignment;
import org.ecrf.security.domain.UserAccount;

/** A user account as the API shows it (never the password hash). */
public record UserJson(
    String username,
    String displayName,
    String email,
    boolean active,
    boolean locked,
    int failedLogins,
    Instant lastLoginAt,
    List<RoleJson> roles) {

  static UserJson of(UserAccount account) {
    return new UserJson(
        account.username(),
        account.displayName(),
        account.email(),
        account.isActive(),
        account.isLocked(),
        account.failedLogins(),
        account.lastLoginAt(),
        account.roleAssignments().stream().map(RoleJson::of).toList());
  }

  /** A role, with its site or {@code null} for a study-wide role. */
  public record RoleJson(String role, String site) {

    static RoleJson of(RoleAssignment assignment) {
      return new RoleJson(assignment.role().name(), assignment.siteCode());
    }
  }
}
