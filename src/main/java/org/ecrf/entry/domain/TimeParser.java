package org.ecrf.entry.domain;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ODM time on the 24-hour clock, written {@code HH:MM} or {@code HH:MM:SS} (00:00 to 23:59:59). The
 * seconds may be left out, as {@link org.ecrf.crf.domain.DataType#accepts} allows; a page enters
 * minutes.
 */
final class TimeParser implements ValueParser {

  static final Pattern SHAPE = Pattern.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2})?");

  @Override
  public ParseResult parse(String text) {
    return timeOfDay(text)
        .<ParseResult>map(time -> ParseResult.accepted(new TypedValue.TimeValue(time, text)))
        .orElseGet(() -> ParseResult.refused(BuiltInText.NOT_A_TIME));
  }

  /** The time written {@code HH:MM[:SS]}, if it is one. */
  static Optional<LocalTime> timeOfDay(String text) {
    if (!SHAPE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
