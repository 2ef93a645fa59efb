package org.ecrf.export.format;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableType;

/**
 * Checks one row against its dataset before a format writes any of it: the row's size, each value's
 * Java type ({@link VariableType}), mandatory values, and text length in bytes of the file's
 * encoding. A blank or empty text counts as missing for a mandatory variable, since SAS transport
 * cannot tell blank from missing.
 */
final class RowCheck {

  /** Which characters a text value may hold and how its length in bytes is counted. */
  enum TextRule {
    /** Any Unicode text (no lone surrogates); length counted in UTF-8 bytes. */
    UTF_8,
    /** Printable ASCII only (0x20 to 0x7E), one byte a character: the FDA's rule for XPT. */
    PRINTABLE_ASCII
  }

  private static final int PREVIEW = 40;

  private final Dataset dataset;
  private final TextRule textRule;

  RowCheck(Dataset dataset, TextRule textRule) {
    this.dataset = dataset;
    this.textRule = textRule;
  }

  /**
   * Checks the row.
   *
   * @param rowNumber the row's number in the file, 1 first
   * @throws IllegalArgumentException naming the dataset, row and variable of the first misfit
   */
  void check(List<Object> values, long rowNumber) {
    if (values == null || values.size() != dataset.variables().size()) {
      throw new IllegalArgumentException(
          "Dataset "
              + dataset.name()
              + ", row "
              + rowNumber
              + ": "
              + (values == null ? "no values" : values.size() + " values")
              + " for "
              + dataset.variables().size()
              + " variables");
    }
    for (int i = 0; i < values.size(); i++) {
      checkValue(dataset.variables().get(i), values.get(i), rowNumber);
    }
  }

  private void checkValue(Variable variable, Object value, long rowNumber) {
    if (value == null || value instanceof String text && text.isBlank()) {
      if (variable.mandatory()) {
        throw refusal(dataset, rowNumber, variable, "a mandatory value is missing");
      }
      if (value == null) {
        return;
      }
    }
    switch (variable.type()) {
      case TEXT -> checkText(variable, value, rowNumber);
      case INTEGER -> requireType(variable, value, Long.class, rowNumber);
      case DECIMAL -> requireType(variable, value, BigDecimal.class, rowNumber);
    }
  }

  private void checkText(Variable variable, Object value, long rowNumber) {
    requireType(variable, value, String.class, rowNumber);
    String text = (String) value;
    int bytes =
        switch (textRule) {
          case UTF_8 -> utf8Length(variable, text, rowNumber);
          case PRINTABLE_ASCII -> asciiLength(variable, text, rowNumber);
        };
    if (bytes > variable.length()) {
      throw refusal(
          dataset,
          rowNumber,
          variable,
          "text of "
              + bytes
              + " bytes is longer than the variable's length "
              + variable.length()
              + ": '"
              + preview(text)
              + "'");
    }
  }

  private int utf8Length(Variable variable, String text, long rowNumber) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw refusal(
            dataset, rowNumber, variable, "unpaired surrogate " + codePoint(c) + " in text");
      }
    }
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private int asciiLength(Variable variable, String text, long rowNumber) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        throw refusal(
            dataset,
            rowNumber,
            variable,
            "character "
                + codePoint(text.codePointAt(i))
                + " at position "
                + (i + 1)
                + " is not printable ASCII: '"
                + preview(text)
                + "'");
      }
    }
    return text.length();
  }

  private void requireType(Variable variable, Object value, Class<?> expected, long rowNumber) {
    if (!expected.isInstance(value)) {
      throw refusal(
          dataset,
          rowNumber,
          variable,
          "a "
              + variable.type()
              + " value must be a "
              + expected.getSimpleName()
              + ", not a "
              + value.getClass().getSimpleName()
              + " ("
              + preview(String.valueOf(value))
              + ")");
    }
  }

  /**
   * The value as a message shows it: at most {@value #PREVIEW} characters, so that a refused free
   * text does not carry a whole narrative into logs and job reports.
   */
  static String preview(String text) {
    return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "...";
  }

  private static String codePoint(int codePoint) {
    return String.format("U+%04X", codePoint);
  }

  /** The exception for a value that does not fit its variable, naming where it is. */
  static IllegalArgumentException refusal(
      Dataset dataset, long rowNumber, Variable variable, String problem) {
    return new IllegalArgumentException(
        "Dataset "
            + dataset.name()
            + ", row "
            + rowNumber
            + ", variable "
            + variable.name()
            + ": "
            + problem);
  }
}
