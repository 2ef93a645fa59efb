package org.ecrf.entry.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number in a unit, such as a value converted into its item's standard unit (albumin 35 g/L is
 * 3.5 g/dL).
 *
 * @param value the number
 * @param unitOid the MeasurementUnit
 */
public record Quantity(BigDecimal value, String unitOid) {

  public Quantity {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unitOid, "unitOid");
  }

  /** The number in plain notation without trailing zeros ({@code 3.50} is {@code 3.5}). */
  public String plainValue() {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
