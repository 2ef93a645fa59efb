package org.ecrf.security.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules a new password must meet: a minimum length (12 by default) and not containing the user
 * name. Length is what makes a password strong; composition rules are not imposed (NIST SP
 * 800-63B).
 */
public record PasswordPolicy(int minimumLength) {

  public static final int DEFAULT_MINIMUM_LENGTH = 12;

  public PasswordPolicy {
    if (minimumLength < 8) {
      throw new IllegalArgumentException("A password policy below 8 characters is not allowed");
    }
  }

  public static PasswordPolicy standard() {
    return new PasswordPolicy(DEFAULT_MINIMUM_LENGTH);
  }

  /**
   * The rules the password breaks, as message keys with their argument; empty when it is
   * acceptable.
   */
  public List<Violation> check(String username, String password) {
    List<Violation> violations = new ArrayList<>();
    if (password == null || password.codePointCount(0, password.length()) < minimumLength) {
      violations.add(new Violation("password.tooShort", minimumLength));
    }
    if (password != null
        && username != null
        && !username.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      violations.add(new Violation("password.containsUsername", 0));
    }
    return List.copyOf(violations);
  }

  /** A broken rule: its message key and the number the message mentions (the minimum length). */
  public record Violation(String messageKey, int argument) {}
}
