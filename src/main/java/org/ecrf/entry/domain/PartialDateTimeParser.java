package org.ecrf.entry.domain;

import org.ecrf.crf.domain.DataType;

/**
 * ODM partialDate ({@code 2026}, {@code 2026-03}, {@code 2026-03-14}), partialTime ({@code 14},
 * {@code 14:30}, {@code 14:30:05}) and partialDatetime (a partial date, then optionally a time).
 * The shape is ODM's; a complete day must also exist in the calendar.
 */
final class PartialDateTimeParser implements ValueParser {

  private static final int DAY_LENGTH = "YYYY-MM-DD".length();

  private final DataType type;

  PartialDateTimeParser(DataType type) {
    this.type = type;
  }

  @Override
  public ParseResult parse(String text) {
    if (!type.accepts(text)) {
      return ParseResult.refused(refusal());
    }
    if (type != DataType.PARTIAL_TIME
        && text.length() >= DAY_LENGTH
        && DateParser.calendarDay(text.substring(0, DAY_LENGTH)).isEmpty()) {
      return ParseResult.refused(BuiltInText.NO_SUCH_DAY);
    }
    return ParseResult.accepted(new TypedValue.PartialValue(type, text));
  }

  private BuiltInText refusal() {
    return switch (type) {
      case PARTIAL_TIME -> BuiltInText.NOT_A_PARTIAL_TIME;
      case PARTIAL_DATETIME -> BuiltInText.NOT_A_PARTIAL_DATETIME;
      default -> BuiltInText.NOT_A_PARTIAL_DATE;
    };
  }
}
