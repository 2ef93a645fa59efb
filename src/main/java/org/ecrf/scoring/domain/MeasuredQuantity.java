package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The measured (numeric) items the calculators read, each with the unit its cut-points are defined
 * in and the other units accepted on entry with their conversion factor. The spec warns of the
 * German-lab unit traps (§0 point 5, §2.1): hematocrit in L/L (&times; 100 gives %), albumin in g/L
 * (&divide; 10 gives g/dL). Any other unit makes the item invalid rather than being guessed.
 */
public enum MeasuredQuantity {
  /** Hematocrit; PCDAI bands are in %. */
  HEMATOCRIT("%", Map.of("%", "1", "L/L", "100"), "100"),
  /** Erythrocyte sedimentation rate in mm/h. */
  ESR("mm/h", Map.of("mm/h", "1"), null),
  /** Serum albumin; PCDAI and wPCDAI cut-points are in g/dL. */
  ALBUMIN("g/dL", Map.of("g/dL", "1", "g/L", "0.1"), null),
  /** Body weight in kg. */
  BODY_WEIGHT("kg", Map.of("kg", "1"), null),
  /** Body height in cm. */
  BODY_HEIGHT("cm", Map.of("cm", "1"), null),
  /** Infliximab dose per kg body weight. */
  DOSE_PER_KG("mg/kg", Map.of("mg/kg", "1"), null);

  private final String canonicalUnit;
  private final Map<String, String> factors;
  private final BigDecimal maximum;

  MeasuredQuantity(String canonicalUnit, Map<String, String> factors, String maximum) {
    this.canonicalUnit = canonicalUnit;
    this.factors = factors;
    this.maximum = maximum == null ? null : new BigDecimal(maximum);
  }

  /** The unit the score's cut-points use, assumed when no unit is entered. */
  public String canonicalUnit() {
    return canonicalUnit;
  }

  /** The highest physically possible value in the canonical unit, if there is one (100 %). */
  public Optional<BigDecimal> maximum() {
    return Optional.ofNullable(maximum);
  }

  /**
   * The value in the canonical unit; empty when the unit is not one this quantity accepts (units
   * are matched exactly, as UCUM codes are case-sensitive).
   *
   * @param unit the entered unit, or {@code null} for the canonical unit
   */
  public Optional<BigDecimal> toCanonical(BigDecimal value, String unit) {
    String factor = factors.get(unit == null ? canonicalUnit : unit);
    return factor == null
        ? Optional.empty()
        : Optional.of(Points.normalized(value.multiply(new BigDecimal(factor))));
  }

  /** The accepted units, canonical first, for messages. */
  String acceptedUnits() {
    StringBuilder text = new StringBuilder(canonicalUnit);
    factors.keySet().stream()
        .filter(unit -> !unit.equals(canonicalUnit))
        .sorted()
        .forEach(unit -> text.append(", ").append(unit));
    return text.toString();
  }
}
