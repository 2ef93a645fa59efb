package org.ecrf.crf.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How two raw values compare, the same for expressions and range checks. Values are trimmed. If
 * either is empty the comparison is false, whatever the operator (so {@code I.X != 'Y'} is false
 * while I.X is empty; ask {@code isEmpty(I.X)} for that). Two numbers compare as numbers (5 = 5.0,
 * 10 > 9); anything else compares as text, character by character, which orders ISO 8601 dates and
 * times correctly.
 */
final class ValueComparison {

  private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  private ValueComparison() {}

  static boolean holds(String left, ComparisonOperator operator, String right) {
    String a = left == null ? "" : left.strip();
    String b = right == null ? "" : right.strip();
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int order = order(a, b);
    return switch (operator) {
      case EQ -> order == 0;
      case NE -> order != 0;
      case LT -> order < 0;
      case LE -> order <= 0;
      case GT -> order > 0;
      case GE -> order >= 0;
    };
  }

  private static int order(String a, String b) {
    if (isNumber(a) && isNumber(b)) {
      return new BigDecimal(a).compareTo(new BigDecimal(b));
    }
    return a.compareTo(b);
  }

  static boolean isNumber(String value) {
    return value.length() <= 100 && NUMBER.matcher(value).matches();
  }
}
