package org.ecrf.security.api;

/** Request bodies of the user administration API. */
final class UserRequests {

  private UserRequests() {}

  /** {@code POST /api/v1/users}. */
  public record Create(String username, String displayName, String email, String password) {}

  /** {@code PUT /api/v1/users/{username}}: profile and whether the account is active. */
  public record Update(String displayName, String email, Boolean active) {}

  /** {@code POST /api/v1/users/{username}/roles}: a role and, for site roles, the site code. */
  public record Grant(String role, String site) {}

  /** {@code POST /api/v1/users/{username}/password} (administrator reset). */
  public record PasswordReset(String password) {}

  /** {@code POST /api/v1/me/password} (own password). */
  public record PasswordChange(String currentPassword, String newPassword) {}
}
