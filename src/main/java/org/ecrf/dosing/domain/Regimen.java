package org.ecrf.dosing.domain;

import java.math.BigDecimal;

/**
 * A dose in mg per kg body weight and the interval in weeks to the next infusion: the regimen a
 * child is on, or the one an advice recommends.
 *
 * @param doseMgPerKg greater than 0; kept in canonical form, so 5 and 5.0 are equal
 * @param intervalWeeks weeks from this infusion to the next, 1 or more
 */
public record Regimen(BigDecimal doseMgPerKg, int intervalWeeks) {

  public Regimen {
    doseMgPerKg = Decimals.positive(doseMgPerKg, "Regimen dose (mg/kg)");
    if (intervalWeeks < 1) {
      throw new IllegalArgumentException(
          "Regimen interval must be 1 week or more, was " + intervalWeeks);
    }
  }

  /** Convenience for literals: {@code Regimen.of("7.5", 6)}. */
  public static Regimen of(String doseMgPerKg, int intervalWeeks) {
    return new Regimen(new BigDecimal(doseMgPerKg), intervalWeeks);
  }

  Regimen withDose(BigDecimal dose) {
    return new Regimen(dose, intervalWeeks);
  }

  Regimen withInterval(int weeks) {
    return new Regimen(doseMgPerKg, weeks);
  }

  /** "5 mg/kg every 8 weeks". */
  public String describe() {
    return Decimals.text(doseMgPerKg)
        + " mg/kg every "
        + intervalWeeks
        + (intervalWeeks == 1 ? " week" : " weeks");
  }
}
