package org.ecrf.crf.domain;

import java.math.BigDecimal;

/**
 * A value in the owning unit times {@code factor} is the value in {@code toUnitOid} (extension
 * edc:Conversion), e.g. CRP mg/dL × 10 = mg/L (domain spec §3).
 */
public record UnitConversion(String toUnitOid, BigDecimal factor) {

  public UnitConversion {
    if (factor.signum() <= 0) {
      throw new IllegalArgumentException("A unit conversion factor must be positive");
    }
  }

  /** The value converted to {@link #toUnitOid()}. */
  public BigDecimal apply(BigDecimal value) {
    return value.multiply(factor);
  }
}
