package org.ecrf.scoring.domain;

import java.math.BigDecimal;

/** Reads a measurement that must be above zero (a body weight, a height, a dose per kg). */
final class PositiveQuantities {

  private PositiveQuantities() {}

  /** The value in its canonical unit, or {@code null} after recording why it cannot be used. */
  static BigDecimal read(ItemReader reader, String oid, MeasuredQuantity quantity) {
    BigDecimal value = reader.quantity(oid, quantity);
    if (value != null && value.signum() == 0) {
      reader.report(ItemProblem.invalid(oid, "must be above 0"));
      return null;
    }
    return value;
  }
}
