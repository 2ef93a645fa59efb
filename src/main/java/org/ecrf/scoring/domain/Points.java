package org.ecrf.scoring.domain;

import java.math.BigDecimal;

/**
 * Number conventions shared by the calculators: points and totals are kept without trailing zeros
 * (27.5, 30), so equal totals are equal records and their text is stable.
 */
final class Points {

  static final BigDecimal ZERO = BigDecimal.ZERO;

  private Points() {}

  static BigDecimal of(String points) {
    return normalized(new BigDecimal(points));
  }

  /** {@code 30.0} becomes {@code 30}, {@code 27.50} becomes {@code 27.5}; never an exponent. */
  static BigDecimal normalized(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Plain text of a number, as a derived item stores it. */
  static String text(BigDecimal value) {
    return normalized(value).toPlainString();
  }
}
