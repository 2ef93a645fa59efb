package org.ecrf.entry.domain;

import org.ecrf.crf.domain.DataType;

/**
 * Reads the entered text of an item as its ODM data type. Each type has its own parser; every
 * parser accepts a subset of what {@link DataType#accepts} accepts (the check the definition's
 * values passed), and refuses everything else with a message, never an exception.
 */
interface ValueParser {

  /**
   * The typed value of a text, or why the text is not in the type.
   *
   * @param text the entered text without surrounding whitespace, not empty
   */
  ParseResult parse(String text);

  /** The parser of a data type; the types the platform keeps as text (URI, binary...) read text. */
  static ValueParser of(DataType type) {
    return switch (type) {
      case INTEGER -> new IntegerParser();
      case FLOAT -> new DecimalParser(false);
      case DOUBLE -> new DecimalParser(true);
      case DATE -> new DateParser();
      case TIME -> new TimeParser();
      case DATETIME -> new DateTimeParser();
      case PARTIAL_DATE, PARTIAL_TIME, PARTIAL_DATETIME -> new PartialDateTimeParser(type);
      case BOOLEAN -> new BooleanParser();
      default -> new TextParser();
    };
  }
}
