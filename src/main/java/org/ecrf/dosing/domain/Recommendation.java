package org.ecrf.dosing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The dose and interval an advice recommends, with the dose in mg for the body weight of the day
 * (stored as {@code I.INF_REC_DOSE_MGKG} and {@code I.INF_REC_INTERVAL_WEEKS}).
 *
 * @param regimen dose in mg/kg and the interval in weeks to the next infusion
 * @param bodyWeightKg the weight the mg were computed from
 * @param doseMg weight times mg/kg, rounded as the advisor's {@link DoseRounding} says
 */
public record Recommendation(Regimen regimen, BigDecimal bodyWeightKg, BigDecimal doseMg) {

  public Recommendation {
    Objects.requireNonNull(regimen, "regimen");
    bodyWeightKg = Decimals.positive(bodyWeightKg, "body weight (kg)");
    doseMg = Decimals.positive(doseMg, "dose (mg)");
  }

  public BigDecimal doseMgPerKg() {
    return regimen.doseMgPerKg();
  }

  public int intervalWeeks() {
    return regimen.intervalWeeks();
  }

  /** "10 mg/kg = 350 mg for 35 kg, next infusion after 4 weeks". */
  public String describe() {
    return Decimals.text(doseMgPerKg())
        + " mg/kg = "
        + Decimals.text(doseMg)
        + " mg for "
        + Decimals.text(bodyWeightKg)
        + " kg, next infusion after "
        + intervalWeeks()
        + (intervalWeeks() == 1 ? " week" : " weeks");
  }
}
