package org.ecrf.crf.domain;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ODM 1.3.2 item data types, with the check whether a raw value is written in the type (used
 * for coded values, range-check values and entered values). Integer, float, double, date, time,
 * datetime, boolean and the partial date/time types are checked as the ODM schema defines them;
 * text, string, URI, the binary types and the duration/interval/incomplete types accept any
 * non-empty text.
 */
public enum DataType {
  INTEGER("integer", "[+-]?[0-9]+"),
  FLOAT("float", "[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)"),
  DOUBLE("double", "([+-]?[0-9]+(\\.[0-9]+)?([DdEe][+-]?[0-9]+)?)|(-?INF)|(NaN)"),
  DATE("date", null),
  TIME("time", null),
  DATETIME("datetime", null),
  TEXT("text", ".*"),
  STRING("string", ".*"),
  URI("URI", ".*"),
  BOOLEAN("boolean", "true|false|1|0"),
  HEX_BINARY("hexBinary", ".*"),
  BASE64_BINARY("base64Binary", ".*"),
  HEX_FLOAT("hexFloat", ".*"),
  BASE64_FLOAT("base64Float", ".*"),
  PARTIAL_DATE("partialDate", "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"),
  PARTIAL_TIME("partialTime", "([01][0-9]|2[0-3])(:[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?)?"),
  PARTIAL_DATETIME(
      "partialDatetime",
      "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3])(:[0-5][0-9]"
          + "(:[0-5][0-9](\\.[0-9]+)?)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?"),
  DURATION_DATETIME("durationDatetime", ".*"),
  INTERVAL_DATETIME("intervalDatetime", ".*"),
  INCOMPLETE_DATETIME("incompleteDatetime", ".*"),
  INCOMPLETE_DATE("incompleteDate", ".*"),
  INCOMPLETE_TIME("incompleteTime", ".*");

  private final String odmName;
  private final Pattern pattern;

  DataType(String odmName, String regex) {
    this.odmName = odmName;
    this.pattern = regex == null ? null : Pattern.compile(regex);
  }

  /** The name as written in ODM's DataType attribute (e.g. {@code partialDate}). */
  public String odmName() {
    return odmName;
  }

  /** The type named by an ODM DataType attribute value (exact spelling). */
  public static Optional<DataType> fromOdm(String name) {
    return Arrays.stream(values()).filter(type -> type.odmName.equals(name)).findFirst();
  }

  /** True for integer, float and double: values compare as numbers. */
  public boolean isNumeric() {
    return this == INTEGER || this == FLOAT || this == DOUBLE;
  }

  /**
   * True when {@code value} is written in this type. An empty value is never accepted: "no value"
   * is not a value of any type.
   */
  public boolean accepts(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    return switch (this) {
      case DATE -> parses(value, DateTimeFormatter.ISO_DATE);
      case TIME -> parses(value, DateTimeFormatter.ISO_TIME);
      case DATETIME -> parses(value, DateTimeFormatter.ISO_DATE_TIME);
      default -> pattern.matcher(value).matches();
    };
  }

  private static boolean parses(String value, DateTimeFormatter format) {
    try {
      format.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
