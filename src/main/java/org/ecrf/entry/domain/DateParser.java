package org.ecrf.entry.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ODM date, written {@code YYYY-MM-DD} with a four-digit year and no time zone; the day must exist
 * ({@code 2026-02-30} does not).
 */
final class DateParser implements ValueParser {

  static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  @Override
  public ParseResult parse(String text) {
    if (!SHAPE.matcher(text).matches()) {
      return ParseResult.refused(BuiltInText.NOT_A_DATE);
    }
    return calendarDay(text)
        .<ParseResult>map(day -> ParseResult.accepted(new TypedValue.DateValue(day)))
        .orElseGet(() -> ParseResult.refused(BuiltInText.NO_SUCH_DAY));
  }

  /** The day written {@code YYYY-MM-DD}, if the calendar has it. */
  static Optional<LocalDate> calendarDay(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
