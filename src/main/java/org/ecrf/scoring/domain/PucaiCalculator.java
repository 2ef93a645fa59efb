package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Pediatric Ulcerative Colitis Activity Index (Turner et al., Gastroenterology 2007;133:423;
 * spec §2.4): six items, total 0-85, answers averaged over the last 2 days.
 */
public final class PucaiCalculator {

  public static final AlgorithmId ALGORITHM = new AlgorithmId("PUCAI", 1);

  private static final BigDecimal NOCTURNAL_POINTS = Points.of("10");

  private final PucaiParameters parameters;

  public PucaiCalculator(PucaiParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** Scores raw CRF values; incomplete when any item is missing or invalid. */
  public ScoreResult<Score> score(ScoreInput input) {
    return PucaiInputs.from(input).calculate(ALGORITHM, this::score);
  }

  /** Scores a validated input. */
  public Score score(PucaiInput input) {
    Map<String, BigDecimal> components = new LinkedHashMap<>();
    components.put(PucaiInputs.PAIN, input.abdominalPain());
    components.put(PucaiInputs.BLEEDING, input.rectalBleeding());
    components.put(PucaiInputs.CONSISTENCY, input.stoolConsistency());
    components.put(PucaiInputs.STOOLS, stoolPoints(input.stoolsPer24h()));
    components.put(PucaiInputs.NOCTURNAL, input.nocturnalStools() ? NOCTURNAL_POINTS : Points.ZERO);
    components.put(PucaiInputs.ACTIVITY, input.activityLevel());
    return Score.summing(ALGORITHM, components, this::category);
  }

  /** Points for the number of stools per 24 h: 0-2 none, 3-5 five, 6-8 ten, more than 8 fifteen. */
  public static BigDecimal stoolPoints(int stoolsPer24h) {
    if (stoolsPer24h <= 2) {
      return Points.ZERO;
    }
    if (stoolsPer24h <= 5) {
      return Points.of("5");
    }
    return stoolsPer24h <= 8 ? Points.of("10") : Points.of("15");
  }

  /** The activity category of a total under these parameters. */
  public ActivityCategory category(BigDecimal total) {
    return ActivityCategory.of(
        total, parameters.remission(), parameters.moderate(), parameters.severe());
  }

  /** Response: the drop from baseline meets {@link PucaiParameters#response()}. */
  public ResponseAssessment assessResponse(Score baseline, Score current) {
    ResponseAssessment.requireSameAlgorithm(ALGORITHM, baseline.algorithm());
    ResponseAssessment.requireSameAlgorithm(ALGORITHM, current.algorithm());
    return ResponseAssessment.byDrop(baseline, current, parameters.response());
  }
}
