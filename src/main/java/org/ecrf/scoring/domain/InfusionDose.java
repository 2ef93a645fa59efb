package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The infliximab dose in mg from the weight of the day ({@code I.INF_WEIGHT_KG}) and the dose per
 * kg ({@code I.INF_DOSE_MGKG}), rounded to the nearest whole mg, halves up (32.5 kg &times; 5 mg/kg
 * = 162.5 mg gives 163 mg). This is the arithmetic dose only; rounding to vial sizes, if the
 * protocol wants it, is the pharmacy's decision and not made here.
 */
public final class InfusionDose {

  public static final AlgorithmId ALGORITHM = new AlgorithmId("DOSE_MG", 1);

  public static final String WEIGHT = "I.INF_WEIGHT_KG";
  public static final String DOSE_PER_KG = "I.INF_DOSE_MGKG";

  private InfusionDose() {}

  /** The dose from raw CRF values; incomplete when weight or dose per kg is missing or invalid. */
  public static ScoreResult<BigDecimal> calculate(ScoreInput input) {
    ItemReader reader = new ItemReader(input);
    BigDecimal weight = PositiveQuantities.read(reader, WEIGHT, MeasuredQuantity.BODY_WEIGHT);
    BigDecimal perKg = PositiveQuantities.read(reader, DOSE_PER_KG, MeasuredQuantity.DOSE_PER_KG);
    ParsedInput<BigDecimal> parsed = reader.parsed(() -> milligrams(weight, perKg));
    return parsed.calculate(ALGORITHM, dose -> dose);
  }

  /** weight &times; mg/kg, rounded half-up to whole mg. */
  public static BigDecimal milligrams(BigDecimal weightKg, BigDecimal milligramsPerKg) {
    if (weightKg.signum() <= 0 || milligramsPerKg.signum() <= 0) {
      throw new IllegalArgumentException("Weight and dose per kg must be above zero");
    }
    return weightKg.multiply(milligramsPerKg).setScale(0, RoundingMode.HALF_UP);
  }
}
