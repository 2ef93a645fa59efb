package org.ecrf.entry.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The numbers the platform stores: at most {@value #MAX_DIGITS} digits before and after the decimal
 * point, whatever the ItemDef says (a guard against hostile input such as {@code 1E999999}, whose
 * plain text would have a million digits).
 */
final class NumberLimits {

  static final int MAX_DIGITS = 30;

  /** A number written with a decimal comma, as German labs and keyboards do. */
  static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?[0-9]*,[0-9]+");

  private NumberLimits() {}

  /** The refusal of a number beyond the limits, if it is. */
  static Optional<ParseResult> beyondLimits(BigDecimal number) {
    if (integerDigits(number) > MAX_DIGITS || decimalPlaces(number) > MAX_DIGITS) {
      return Optional.of(
          ParseResult.refused(BuiltInText.NUMBER_OUT_OF_RANGE, Integer.toString(MAX_DIGITS)));
    }
    return Optional.empty();
  }

  /** Digits before the decimal point, without leading zeros ({@code 0.5} has none). */
  static int integerDigits(BigDecimal number) {
    return Math.max(0, number.precision() - number.scale());
  }

  /** Digits after the decimal point as written ({@code 12.50} has two). */
  static int decimalPlaces(BigDecimal number) {
    return Math.max(0, number.scale());
  }

  /**
   * All digits that count for ODM Length: before (no leading zeros) and after the point; 0 has 1.
   */
  static int digits(BigDecimal number) {
    return Math.max(1, integerDigits(number) + decimalPlaces(number));
  }
}
