package org.ecrf.dosing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Canonical form of the decimal quantities of this package (doses, levels, weights), so that equal
 * amounts are equal values ({@code 5}, {@code 5.0} and {@code 5.00} mg/kg are one dose) and print
 * without exponent.
 */
final class Decimals {

  private Decimals() {}

  /** The canonical form of {@code value}; {@code what} names it in the message when it is null. */
  static BigDecimal canonical(BigDecimal value, String what) {
    Objects.requireNonNull(value, () -> what + " is required");
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The canonical form of a value that must be greater than zero. */
  static BigDecimal positive(BigDecimal value, String what) {
    BigDecimal canonical = canonical(value, what);
    if (canonical.signum() <= 0) {
      throw new IllegalArgumentException(what + " must be greater than 0, was " + text(canonical));
    }
    return canonical;
  }

  /** The canonical form of a value that must not be negative. */
  static BigDecimal notNegative(BigDecimal value, String what) {
    BigDecimal canonical = canonical(value, what);
    if (canonical.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative, was " + text(canonical));
    }
    return canonical;
  }

  static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Plain text of a number for messages ({@code 7.5}, {@code 10}). */
  static String text(BigDecimal value) {
    return value.toPlainString();
  }
}
