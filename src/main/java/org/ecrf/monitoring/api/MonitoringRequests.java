package org.ecrf.monitoring.api;

import java.util.List;
import java.util.Locale;
import org.ecrf.shared.InvalidInputException;

/** Request bodies of the monitoring API. */
final class MonitoringRequests {

  private MonitoringRequests() {}

  /**
   * {@code POST .../forms/{eventOid}/{formOid}/transitions}: the target status, the password
   * (signing) and the reason (reopening).
   */
  public record Transition(String to, String password, String reason) {}

  /** {@code POST /studies/{study}/sdv}: no items means the whole form. */
  public record Sdv(
      String subjectKey, String event, Integer eventRepeat, String form, List<String> items) {}

  /** {@code POST /studies/{study}/lock}: scope, its subject or site, action and reason. */
  public record Lock(String scope, String subjectKey, String site, String action, String reason) {}

  /**
   * {@code POST /studies/{study}/subjects/{subjectKey}/signatures}: VISIT (with its event) or
   * CASEBOOK, and the password entered again.
   */
  public record ScopeSignature(String scope, String event, Integer eventRepeat, String password) {}

  /** {@code POST /studies/{study}/queries}: no item means the form; no form means the visit. */
  public record RaiseQuery(
      String subjectKey,
      String event,
      Integer eventRepeat,
      String form,
      String item,
      String itemGroup,
      Integer itemGroupRepeat,
      String text) {}

  /** {@code POST /studies/{study}/queries/{id}/messages}: no status keeps the query's status. */
  public record Message(String text, String status) {}

  /** An enum constant named in a request, or a 400 that lists the allowed names. */
  static <E extends Enum<E>> E parse(Class<E> type, String field, String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException(field, field + " is required");
    }
    try {
      return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field,
          field
              + " must be one of "
              + java.util.Arrays.toString(type.getEnumConstants())
              + ", not "
              + name);
    }
  }

  static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, field + " is required");
    }
    return value.trim();
  }
}
