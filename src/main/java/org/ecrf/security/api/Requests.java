package org.ecrf.security.api;

import java.util.Locale;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.InvalidInputException;

/** Checks of request bodies that JSON alone cannot express: present fields, known roles. */
final class Requests {

  private Requests() {}

  static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInputException("body", "The request needs a JSON body");
    }
    return body;
  }

  static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "The field '" + field + "' is required");
    }
    return value;
  }

  static Role role(String value) {
    try {
      return Role.valueOf(text(value, "role").trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "role",
          "Unknown role '"
              + value
              + "'; roles are ADMIN, INVESTIGATOR, NURSE, MONITOR, DATA_MANAGER, SPONSOR");
    }
  }
}
