package org.ecrf.crf.odm.clinical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads the leaves of clinical data: reference elements (UserRef, SiteRef, MeasurementUnitRef…),
 * texts (ReasonForChange, Comment…) and time stamps. Each returns null after reporting a fault in
 * the scope.
 */
final class LeafReader {

  private final XmlCursor cursor;
  private final ElementGuard guard;
  private final int maxTextLength;

  LeafReader(XmlCursor cursor, ElementGuard guard, int maxTextLength) {
    this.cursor = cursor;
    this.guard = guard;
    this.maxTextLength = maxTextLength;
  }

  /** A reference element: its one OID attribute. */
  String reference(Scope scope, String element, String attribute) throws StopReading {
    guard.checkAttributes(scope, element, List.of(attribute));
    String oid = guard.required(scope, element, attribute);
    while (cursor.nextChild(guard.strayText(scope, element))) {
      guard.foreignChild(scope, element);
    }
    return oid;
  }

  /**
   * The text of a text-only element exactly as given, with an error when it is longer than the
   * limit; the element's attributes must have been checked.
   */
  String text(Scope scope, String element) throws StopReading {
    SourcePosition at = cursor.position();
    String text = cursor.readText(guard.elementInText(scope, element));
    int length = text.codePointCount(0, text.length());
    if (length > maxTextLength) {
      scope.error(
          ClinicalFaultKind.VALUE_TOO_LONG,
          at,
          "The text of "
              + element
              + " has "
              + length
              + " characters; at most "
              + maxTextLength
              + " are accepted.");
      return null;
    }
    return text;
  }

  /** A DateTimeStamp: an ISO 8601 date and time with a zone or offset. */
  Instant dateTimeStamp(Scope scope, String element) throws StopReading {
    guard.checkAttributes(scope, element, List.of());
    SourcePosition at = cursor.position();
    String text = cursor.readText(guard.elementInText(scope, element)).strip();
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      scope.error(ClinicalFaultKind.INVALID_VALUE, at, timestampProblem(element, text));
      return null;
    }
  }

  private static String timestampProblem(String element, String text) {
    String shown = "\"" + ElementGuard.abbreviated(text) + "\"";
    try {
      LocalDateTime.parse(text);
      return "The time "
          + shown
          + " of "
          + element
          + " has no time zone, so it could be any of 25 instants; add Z or an offset such as"
          + " +01:00.";
    } catch (DateTimeParseException e) {
      return "The time "
          + shown
          + " of "
          + element
          + " is not an ISO 8601 date and time with zone (such as 2025-01-19T14:30:00Z).";
    }
  }
}
