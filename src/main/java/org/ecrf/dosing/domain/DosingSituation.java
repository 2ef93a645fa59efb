package org.ecrf.dosing.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the advisor needs about one child before one infusion. For the standard arm only the
 * visit and the body weight are used; the trough, antibody status and current regimen are ignored
 * so that the advice cannot reveal them.
 *
 * @param visit the visit of the infusion
 * @param arm the child's randomised arm
 * @param trough the trough level drawn before this infusion
 * @param antibodies the antibody result of that sample
 * @param currentRegimen the regimen in force before this infusion (dose of the previous infusion
 *     and the interval planned after it; at week 14 the standard 5 mg/kg every 8 weeks); required
 *     for guided-arm maintenance visits, may be empty otherwise
 * @param bodyWeightKg the body weight of the day in kg ({@code I.INF_WEIGHT_KG}), greater than 0
 *     and at most {@value #MAX_PLAUSIBLE_WEIGHT_KG}, a guard against grams entered as kilograms
 */
public record DosingSituation(
    InfusionVisit visit,
    TreatmentArm arm,
    TroughResult trough,
    AntibodyStatus antibodies,
    Optional<Regimen> currentRegimen,
    BigDecimal bodyWeightKg) {

  public static final int MAX_PLAUSIBLE_WEIGHT_KG = 250;

  public DosingSituation {
    Objects.requireNonNull(visit, "A dosing situation needs its visit");
    String where = visit.describe();
    Objects.requireNonNull(arm, () -> where + ": treatment arm is required");
    Objects.requireNonNull(trough, () -> where + ": trough must be TroughResult.notAvailable()");
    Objects.requireNonNull(antibodies, () -> where + ": antibodies may be NOT_TESTED, not null");
    Objects.requireNonNull(
        currentRegimen, () -> where + ": currentRegimen must be empty, not null");
    bodyWeightKg = Decimals.positive(bodyWeightKg, where + ": body weight (kg)");
    if (bodyWeightKg.compareTo(BigDecimal.valueOf(MAX_PLAUSIBLE_WEIGHT_KG)) > 0) {
      throw new IllegalArgumentException(
          where
              + ": body weight "
              + Decimals.text(bodyWeightKg)
              + " kg is implausible (over "
              + MAX_PLAUSIBLE_WEIGHT_KG
              + " kg); was it entered in grams?");
    }
  }

  /** A guided-arm situation with a current regimen. */
  public static DosingSituation guided(
      InfusionVisit visit,
      TroughResult trough,
      AntibodyStatus antibodies,
      Regimen currentRegimen,
      BigDecimal bodyWeightKg) {
    return new DosingSituation(
        visit, TreatmentArm.TDM, trough, antibodies, Optional.of(currentRegimen), bodyWeightKg);
  }

  /** A standard-arm situation: nothing about levels is needed. */
  public static DosingSituation standard(InfusionVisit visit, BigDecimal bodyWeightKg) {
    return new DosingSituation(
        visit,
        TreatmentArm.STANDARD,
        TroughResult.notAvailable(),
        AntibodyStatus.NOT_TESTED,
        Optional.empty(),
        bodyWeightKg);
  }
}
