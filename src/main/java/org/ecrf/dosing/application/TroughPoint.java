package org.ecrf.dosing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One trough level of a guided-arm child for the trough chart, with the target window of its visit
 * and the dose given at the infusion it preceded.
 *
 * @param eventOid the visit
 * @param date the sampling date (else the infusion date of the visit)
 * @param levelUgPerMl the level; empty when it was below the limit of quantification
 * @param belowLimit true for a level reported below the limit of quantification
 * @param targetLow the lower bound of the visit's target window
 * @param targetHigh the upper bound; empty when the window has none (week 14 in TOPIT)
 * @param doseMgPerKg the dose given at the visit's infusion; empty while not recorded
 */
public record TroughPoint(
    String eventOid,
    LocalDate date,
    Optional<BigDecimal> levelUgPerMl,
    boolean belowLimit,
    BigDecimal targetLow,
    Optional<BigDecimal> targetHigh,
    Optional<BigDecimal> doseMgPerKg) {

  public TroughPoint {
    Objects.requireNonNull(eventOid, "eventOid");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(levelUgPerMl, "levelUgPerMl");
    Objects.requireNonNull(targetLow, "targetLow");
    Objects.requireNonNull(targetHigh, "targetHigh");
    Objects.requireNonNull(doseMgPerKg, "doseMgPerKg");
  }
}
