package org.ecrf.security;

import java.util.List;
import org.ecrf.security.AccessRule.Category;
import org.ecrf.security.AccessRule.Expectation;

/**
 * One cell of the matrix: a line of the table called by one caller (for one site, or {@code -}),
 * what the caller had to get, what it got, the audit events the call caused and the verdict.
 */
record MatrixCell(
    AccessRule rule,
    String site,
    MatrixCaller caller,
    Expectation expected,
    Outcome outcome,
    List<AuditWatch.Event> events,
    Verdict verdict) {

  /** Judges a call. */
  static MatrixCell of(
      AccessRule rule,
      String site,
      MatrixCaller caller,
      Outcome outcome,
      List<AuditWatch.Event> events) {
    Expectation expected = rule.expectationFor(caller, site);
    Verdict verdict = judge(expected, outcome, events);
    if (rule.isKnownFailure(caller)) {
      verdict = verdict == Verdict.OK ? Verdict.KNOWN_FAILURE_FIXED : Verdict.KNOWN_FAILURE;
    }
    return new MatrixCell(rule, site, caller, expected, outcome, List.copyOf(events), verdict);
  }

  private static Verdict judge(
      Expectation expected, Outcome outcome, List<AuditWatch.Event> events) {
    if (expected.category() == Category.ALLOWED) {
      return expected.statuses().contains(outcome.status())
          ? Verdict.OK
          : Verdict.ALLOWED_CALLER_REFUSED;
    }
    if (outcome.success()) {
      return Verdict.UNAUTHORISED_SUCCESS;
    }
    if (!events.isEmpty()) {
      return Verdict.REFUSAL_CHANGED_DATA;
    }
    if (expected.statuses().isEmpty()) {
      return Verdict.NO_EXPECTATION;
    }
    return expected.statuses().contains(outcome.status()) ? Verdict.OK : Verdict.UNEXPECTED_STATUS;
  }

  /** {@code inv.ber GET api/v1/studies/TOPIT/subjects/POT-0001 -> 404}, for messages. */
  String describe() {
    return caller.label()
        + " ("
        + (caller.isAnonymous() ? "not signed in" : caller.roles())
        + ") "
        + rule.endpoint().method()
        + " "
        + outcome.calledPath()
        + " -> "
        + outcome.status()
        + ", expected "
        + String.join(" or ", expected.statuses())
        + " ("
        + expected.category().name().toLowerCase(java.util.Locale.ROOT)
        + "; table line "
        + rule.line()
        + ")"
        + (events.isEmpty() ? "" : "; audit: " + events)
        + (outcome.excerpt().isEmpty() ? "" : "; answer: " + outcome.excerpt());
  }

  /**
   * What a call got: the status as the table writes it ({@code 403}, {@code login} for a redirect
   * to the sign-in page, {@code 200:nothing-stored} for an ODM import answered 200 in which no form
   * was stored or left unchanged), whether that served the caller, the path called and the start of
   * the answer.
   */
  record Outcome(String status, boolean success, String calledPath, String excerpt, long millis) {}

  /** How a cell came out. */
  enum Verdict {
    OK,
    /** A caller without the right got a 2xx answer (or a page). */
    UNAUTHORISED_SUCCESS,
    /** A refused call still wrote to the audit trail. */
    REFUSAL_CHANGED_DATA,
    /** A caller with the right did not get an answer the table allows (e.g. 403). */
    ALLOWED_CALLER_REFUSED,
    /** Refused, but not with a status the table names. */
    UNEXPECTED_STATUS,
    /** The table gives no status for this kind of caller on this line. */
    NO_EXPECTATION,
    /** A failure the table lists as known (an open authorisation bug). */
    KNOWN_FAILURE,
    /** The table lists a known failure that no longer fails: take it out of the table. */
    KNOWN_FAILURE_FIXED
  }
}
