package org.ecrf.audit.application;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.ecrf.audit.domain.AuditQuery;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.shared.InvalidInputException;

/**
 * Reads an audit query from the parameters of the API and of the audit page (the same names in
 * both), and says which parameter is wrong and why. A date is a whole day in UTC, the zone the
 * trail keeps: {@code from=2026-03-01&to=2026-03-01} is that day; a time ({@code
 * 2026-03-01T09:30:00Z}, or with an offset) is exact, and {@code to} includes it.
 */
public final class AuditQueryParameters {

  public static final String STUDY = "study";
  public static final String SUBJECT = "subject";
  public static final String EVENT = "event";
  public static final String REPEAT = "repeat";
  public static final String FORM = "form";
  public static final String GROUP = "group";
  public static final String GROUP_REPEAT = "groupRepeat";
  public static final String ITEM = "item";
  public static final String USER = "user";
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String OFFSET = "offset";
  public static final String LIMIT = "limit";

  /** The longest OID, subject key or user name the trail stores (the columns' widths). */
  private static final int MAX_TEXT = 64;

  private AuditQueryParameters() {}

  /**
   * The query the parameters ask for; absent or blank parameters do not narrow. Subject keys are
   * upper-cased and user names lower-cased, as the platform stores them.
   *
   * @throws InvalidInputException naming the first wrong parameter
   */
  public static AuditQuery parse(String study, Map<String, String> parameters) {
    String studyOid = text(STUDY, study);
    if (studyOid == null) {
      throw new InvalidInputException(STUDY, "The audit trail is read for one study: give study");
    }
    ItemPath scope =
        new ItemPath(
            studyOid,
            upper(text(SUBJECT, parameters.get(SUBJECT))),
            text(EVENT, parameters.get(EVENT)),
            repeat(REPEAT, parameters.get(REPEAT), EVENT, parameters.get(EVENT)),
            text(FORM, parameters.get(FORM)),
            text(GROUP, parameters.get(GROUP)),
            repeat(GROUP_REPEAT, parameters.get(GROUP_REPEAT), GROUP, parameters.get(GROUP)),
            text(ITEM, parameters.get(ITEM)));
    String user = text(USER, parameters.get(USER));
    Instant from = start(parameters.get(FROM));
    Instant until = end(parameters.get(TO));
    if (from != null && until != null && !from.isBefore(until)) {
      throw new InvalidInputException(
          TO, "to (" + parameters.get(TO) + ") is before from (" + parameters.get(FROM) + ")");
    }
    int offset = number(OFFSET, parameters.get(OFFSET), 0, 0, Integer.MAX_VALUE);
    int limit =
        number(LIMIT, parameters.get(LIMIT), AuditQuery.DEFAULT_LIMIT, 1, AuditQuery.MAX_LIMIT);
    return new AuditQuery(
        scope, user == null ? null : user.toLowerCase(Locale.ROOT), from, until, offset, limit);
  }

  /** The first instant of {@code from}: the start of a UTC day, or the time given. */
  static Instant start(String from) {
    String value = trimmed(from);
    if (value == null) {
      return null;
    }
    return value.length() == 10
        ? date(FROM, value).atStartOfDay(ZoneOffset.UTC).toInstant()
        : time(FROM, value);
  }

  /**
   * The instant just after {@code to}: the start of the next UTC day, or the microsecond after the
   * time given (the trail keeps microseconds).
   */
  static Instant end(String to) {
    String value = trimmed(to);
    if (value == null) {
      return null;
    }
    return value.length() == 10
        ? date(TO, value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
        : time(TO, value).truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeException e) {
      throw badTime(name, value);
    }
  }

  private static Instant time(String name, String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      throw badTime(name, value);
    }
  }

  private static InvalidInputException badTime(String name, String value) {
    return new InvalidInputException(
        name,
        name
            + " is a date (2026-03-01, a whole day in UTC) or a time with its zone"
            + " (2026-03-01T09:30:00Z), not '"
            + value
            + "'");
  }

  private static Integer repeat(String name, String value, String ownerName, String owner) {
    String text = trimmed(value);
    if (text == null) {
      return null;
    }
    if (trimmed(owner) == null) {
      throw new InvalidInputException(
          name, name + " is the repeat key of " + ownerName + ": give " + ownerName + " too");
    }
    return number(name, text, 1, 1, Integer.MAX_VALUE);
  }

  private static int number(String name, String value, int absent, int min, int max) {
    String text = trimmed(value);
    if (text == null) {
      return absent;
    }
    try {
      int number = Integer.parseInt(text);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    String range = max == Integer.MAX_VALUE ? min + " or more" : min + " to " + max;
    throw new InvalidInputException(
        name, name + " is a whole number " + range + ", not '" + text + "'");
  }

  private static String text(String name, String value) {
    String text = trimmed(value);
    if (text != null && text.length() > MAX_TEXT) {
      throw new InvalidInputException(
          name, name + " has at most " + MAX_TEXT + " characters, not " + text.length());
    }
    return text;
  }

  private static String upper(String text) {
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
