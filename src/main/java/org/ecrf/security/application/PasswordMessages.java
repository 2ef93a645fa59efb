package org.ecrf.security.application;

import org.ecrf.security.domain.PasswordPolicy;

/**
 * The English sentence for a broken password rule, as the REST API and the service exceptions give
 * it.
 */
final class PasswordMessages {

  private PasswordMessages() {}

  static String describe(PasswordPolicy.Violation violation) {
    return switch (violation.messageKey()) {
      case "password.tooShort" ->
          "A password needs at least " + violation.argument() + " characters";
      case "password.containsUsername" -> "A password must not contain the user name";
      default -> "The password does not meet the password policy";
    };
  }
}
