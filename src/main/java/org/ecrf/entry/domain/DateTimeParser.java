package org.ecrf.entry.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ODM datetime, written {@code YYYY-MM-DDTHH:MM[:SS]} with an optional UTC offset ({@code Z} or
 * {@code +01:00}); the day and the time must exist.
 */
final class DateTimeParser implements ValueParser {

  private static final Pattern SHAPE =
      Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9:]{5,8})(Z|[+-][0-9]{2}:[0-9]{2})?");

  @Override
  public ParseResult parse(String text) {
    Matcher matcher = SHAPE.matcher(text);
    if (!matcher.matches()) {
      return ParseResult.refused(BuiltInText.NOT_A_DATETIME);
    }
    Optional<LocalDate> day = DateParser.calendarDay(matcher.group(1));
    if (day.isEmpty()) {
      return ParseResult.refused(BuiltInText.NO_SUCH_DAY);
    }
    Optional<LocalTime> time = TimeParser.timeOfDay(matcher.group(2));
    Optional<Optional<ZoneOffset>> offset = offset(matcher.group(3));
    if (time.isEmpty() || offset.isEmpty()) {
      return ParseResult.refused(BuiltInText.NOT_A_DATETIME);
    }
    LocalDateTime dateTime = LocalDateTime.of(day.get(), time.get());
    return ParseResult.accepted(new TypedValue.DateTimeValue(dateTime, offset.get(), text));
  }

  /** No offset, a valid offset, or empty for an invalid one. */
  private static Optional<Optional<ZoneOffset>> offset(String written) {
    if (written == null) {
      return Optional.of(Optional.empty());
    }
    try {
      return Optional.of(Optional.of(ZoneOffset.of(written)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
