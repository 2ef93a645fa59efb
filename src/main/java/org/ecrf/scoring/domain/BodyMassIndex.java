package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Body mass index in kg/m&sup2; from {@code I.ANTHRO_WEIGHT_KG} and {@code I.ANTHRO_HEIGHT_CM},
 * rounded half-up to one decimal (18.25 becomes 18.3). Weight and height must be above zero.
 */
public final class BodyMassIndex {

  public static final AlgorithmId ALGORITHM = new AlgorithmId("BMI", 1);

  public static final String WEIGHT = "I.ANTHRO_WEIGHT_KG";
  public static final String HEIGHT = "I.ANTHRO_HEIGHT_CM";

  private static final BigDecimal CM2_PER_M2 = BigDecimal.valueOf(10_000);

  private BodyMassIndex() {}

  /** The BMI from raw CRF values; incomplete when weight or height is missing or invalid. */
  public static ScoreResult<BigDecimal> calculate(ScoreInput input) {
    ItemReader reader = new ItemReader(input);
    BigDecimal weight = PositiveQuantities.read(reader, WEIGHT, MeasuredQuantity.BODY_WEIGHT);
    BigDecimal height = PositiveQuantities.read(reader, HEIGHT, MeasuredQuantity.BODY_HEIGHT);
    ParsedInput<BigDecimal> parsed = reader.parsed(() -> of(weight, height));
    return parsed.calculate(ALGORITHM, bmi -> bmi);
  }

  /** weight / height&sup2;, kg/m&sup2; to one decimal (half-up). */
  public static BigDecimal of(BigDecimal weightKg, BigDecimal heightCm) {
    if (weightKg.signum() <= 0 || heightCm.signum() <= 0) {
      throw new IllegalArgumentException("Weight and height must be above zero");
    }
    return weightKg
        .multiply(CM2_PER_M2)
        .divide(heightCm.multiply(heightCm), 1, RoundingMode.HALF_UP);
  }
}
