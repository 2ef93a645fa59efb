package org.ecrf.dosing.domain;

import java.math.BigDecimal;

/**
 * How far what was given may differ from the recommendation before it is a protocol deviation; a
 * difference equal to a tolerance is still within it. The protocol does not say (domain spec §5,
 * question 1); defaults: 0.25 mg/kg, 5 % of the recommended mg, 7 days.
 *
 * @param doseMgPerKg allowed absolute difference in mg/kg, 0 or more
 * @param doseMgPercent allowed difference in mg, as a percentage of the recommended mg, 0 or more
 * @param intervalDays allowed difference in days from the recommended interval, 0 or more
 */
public record DeviationTolerance(
    BigDecimal doseMgPerKg, BigDecimal doseMgPercent, int intervalDays) {

  public static final DeviationTolerance DEFAULT =
      new DeviationTolerance(new BigDecimal("0.25"), BigDecimal.valueOf(5), 7);

  public DeviationTolerance {
    doseMgPerKg = Decimals.notNegative(doseMgPerKg, "Dose tolerance (mg/kg)");
    doseMgPercent = Decimals.notNegative(doseMgPercent, "Dose tolerance (% of mg)");
    if (intervalDays < 0) {
      throw new IllegalArgumentException(
          "Interval tolerance must be 0 days or more, was " + intervalDays);
    }
  }
}
