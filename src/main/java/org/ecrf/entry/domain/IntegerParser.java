package org.ecrf.entry.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.ecrf.crf.domain.DataType;

/** ODM integer: an optional sign and digits. A decimal gets "not a whole number". */
final class IntegerParser implements ValueParser {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)");

  @Override
  public ParseResult parse(String text) {
    if (DataType.INTEGER.accepts(text)) {
      BigDecimal number = new BigDecimal(text);
      return NumberLimits.beyondLimits(number)
          .orElseGet(() -> ParseResult.accepted(new TypedValue.NumberValue(number)));
    }
    if (DECIMAL.matcher(text).matches()) {
      return ParseResult.refused(BuiltInText.NOT_WHOLE_NUMBER);
    }
    return ParseResult.refused(BuiltInText.NOT_A_NUMBER);
  }
}
