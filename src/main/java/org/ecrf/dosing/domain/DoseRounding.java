package org.ecrf.dosing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the dose in mg (body weight of the day times mg/kg) is rounded: to the nearest multiple of
 * {@code incrementMg}, halves rounded up, and never to 0 (at least one increment). The default is
 * the nearest whole mg ({@link #NEAREST_MG}); {@link #NEAREST_100_MG_VIAL} rounds to whole 100 mg
 * vials, as some pharmacies do. Which one TOPIT uses is an open protocol question.
 *
 * @param incrementMg the rounding step in mg, 1 or more
 */
public record DoseRounding(int incrementMg) {

  /** To the nearest whole mg: 23.4 kg x 5 mg/kg = 117 mg. */
  public static final DoseRounding NEAREST_MG = new DoseRounding(1);

  /** To the nearest 100 mg vial: 23.4 kg x 5 mg/kg = 117 mg, given as 100 mg. */
  public static final DoseRounding NEAREST_100_MG_VIAL = new DoseRounding(100);

  public DoseRounding {
    if (incrementMg < 1) {
      throw new IllegalArgumentException(
          "Dose rounding increment must be 1 mg or more, was " + incrementMg);
    }
  }

  /** The rounded dose in mg for a body weight in kg and a dose in mg/kg. */
  public BigDecimal doseMg(BigDecimal bodyWeightKg, BigDecimal doseMgPerKg) {
    BigDecimal increment = BigDecimal.valueOf(incrementMg);
    BigDecimal increments =
        bodyWeightKg.multiply(doseMgPerKg).divide(increment, 0, RoundingMode.HALF_UP);
    BigDecimal rounded = increments.max(BigDecimal.ONE).multiply(increment);
    return Decimals.canonical(rounded, "dose (mg)");
  }
}
