package org.ecrf.entry.domain;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecrf.crf.domain.DataType;

/**
 * ODM float (a decimal: {@code 3}, {@code 3.5}, {@code .5}) and double (a decimal with an optional
 * exponent: {@code 1.5E3}, {@code 2D-1}). Infinity and NaN, which ODM's double allows, are refused:
 * no CRF item measures them. A decimal comma gets a message with the corrected number.
 */
final class DecimalParser implements ValueParser {

  private static final Set<String> NOT_FINITE = Set.of("INF", "-INF", "NaN");
  private static final Pattern LONG_EXPONENT = Pattern.compile(".*[DdEe][+-]?[0-9]{5,}");

  private final boolean exponentAllowed;

  DecimalParser(boolean exponentAllowed) {
    this.exponentAllowed = exponentAllowed;
  }

  @Override
  public ParseResult parse(String text) {
    DataType type = exponentAllowed ? DataType.DOUBLE : DataType.FLOAT;
    if (exponentAllowed && NOT_FINITE.contains(text)) {
      return ParseResult.refused(BuiltInText.NOT_FINITE);
    }
    if (type.accepts(text)) {
      return number(text);
    }
    if (NumberLimits.DECIMAL_COMMA.matcher(text).matches()) {
      return ParseResult.refused(BuiltInText.DECIMAL_COMMA, text.replace(',', '.'));
    }
    return ParseResult.refused(BuiltInText.NOT_A_NUMBER);
  }

  private static ParseResult number(String text) {
    if (LONG_EXPONENT.matcher(text).matches()) {
      return ParseResult.refused(
          BuiltInText.NUMBER_OUT_OF_RANGE, Integer.toString(NumberLimits.MAX_DIGITS));
    }
    BigDecimal number = new BigDecimal(text.replace('D', 'E').replace('d', 'e'));
    return NumberLimits.beyondLimits(number)
        .orElseGet(() -> ParseResult.accepted(new TypedValue.NumberValue(number)));
  }
}
