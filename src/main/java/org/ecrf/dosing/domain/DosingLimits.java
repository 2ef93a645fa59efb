package org.ecrf.dosing.domain;

import java.math.BigDecimal;

/**
 * The bounds within which the guided arm's maintenance regimen may move, and the step of an
 * interval change. TOPIT defaults: every 4 to every 8 weeks in steps of 2 weeks (Korean paediatric
 * RCT KCT0005190: shortening by 2-4 weeks, q8w to q4w), 5 to 10 mg/kg (TAILORIX, REACH; above 5
 * mg/kg every 8 weeks is off-label in children, NCT02566889). Domain spec §1.3 and §1.5.
 *
 * @param minIntervalWeeks the shortest maintenance interval, 1 or more
 * @param maxIntervalWeeks the longest maintenance interval, not below the shortest
 * @param intervalStepWeeks by how much one shortening or lengthening changes the interval, 1 or
 *     more
 * @param minDoseMgPerKg the lowest maintenance dose, greater than 0
 * @param maxDoseMgPerKg the highest dose any rule may recommend, not below the lowest
 */
public record DosingLimits(
    int minIntervalWeeks,
    int maxIntervalWeeks,
    int intervalStepWeeks,
    BigDecimal minDoseMgPerKg,
    BigDecimal maxDoseMgPerKg) {

  public DosingLimits {
    if (minIntervalWeeks < 1) {
      throw new IllegalArgumentException(
          "Dosing limits: MinIntervalWeeks must be 1 or more, was " + minIntervalWeeks);
    }
    if (minIntervalWeeks > maxIntervalWeeks) {
      throw new IllegalArgumentException(
          "Dosing limits: MinIntervalWeeks ("
              + minIntervalWeeks
              + ") is above MaxIntervalWeeks ("
              + maxIntervalWeeks
              + ")");
    }
    if (intervalStepWeeks < 1) {
      throw new IllegalArgumentException(
          "Dosing limits: IntervalStepWeeks must be 1 or more, was " + intervalStepWeeks);
    }
    minDoseMgPerKg = Decimals.positive(minDoseMgPerKg, "Dosing limits: MinDoseMgPerKg");
    maxDoseMgPerKg = Decimals.positive(maxDoseMgPerKg, "Dosing limits: MaxDoseMgPerKg");
    if (minDoseMgPerKg.compareTo(maxDoseMgPerKg) > 0) {
      throw new IllegalArgumentException(
          "Dosing limits: MinDoseMgPerKg ("
              + Decimals.text(minDoseMgPerKg)
              + ") is above MaxDoseMgPerKg ("
              + Decimals.text(maxDoseMgPerKg)
              + ")");
    }
  }

  /** True when {@code doseMgPerKg} lies within the dose limits, bounds included. */
  public boolean allowsDose(BigDecimal doseMgPerKg) {
    return doseMgPerKg.compareTo(minDoseMgPerKg) >= 0 && doseMgPerKg.compareTo(maxDoseMgPerKg) <= 0;
  }

  /** True when {@code weeks} lies within the interval limits, bounds included. */
  public boolean allowsInterval(int weeks) {
    return weeks >= minIntervalWeeks && weeks <= maxIntervalWeeks;
  }

  /** The nearest regimen within these limits: dose and interval each clamped to their bounds. */
  public Regimen clamp(Regimen regimen) {
    BigDecimal dose =
        Decimals.min(maxDoseMgPerKg, Decimals.max(minDoseMgPerKg, regimen.doseMgPerKg()));
    int interval = Math.min(maxIntervalWeeks, Math.max(minIntervalWeeks, regimen.intervalWeeks()));
    return new Regimen(dose, interval);
  }
}
