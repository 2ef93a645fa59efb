package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Ulcerative Colitis Endoscopic Index of Severity (Travis et al., Gut 2012;61:535-542; spec
 * §2.7): three descriptors, 0-based total 0-8.
 */
public final class UceisCalculator {

  public static final AlgorithmId ALGORITHM = new AlgorithmId("UCEIS", 1);

  private final UceisParameters parameters;

  public UceisCalculator(UceisParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** Scores raw CRF values; incomplete when any descriptor is missing or invalid. */
  public ScoreResult<Score> score(ScoreInput input) {
    return UceisInputs.from(input).calculate(ALGORITHM, this::score);
  }

  /** Scores a validated input. */
  public Score score(UceisInput input) {
    Map<String, BigDecimal> components = new LinkedHashMap<>();
    components.put(UceisInputs.VASCULAR, BigDecimal.valueOf(input.vascularPattern()));
    components.put(UceisInputs.BLEEDING, BigDecimal.valueOf(input.bleeding()));
    components.put(UceisInputs.EROSIONS, BigDecimal.valueOf(input.erosionsAndUlcers()));
    return Score.summing(ALGORITHM, components, this::category);
  }

  /** The activity category of a total (0-8) under these parameters. */
  public ActivityCategory category(BigDecimal total) {
    return parameters.categories().categoryOf(total.intValueExact());
  }
}
