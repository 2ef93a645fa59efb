package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The weighted Pediatric Crohn's Disease Activity Index (Turner et al., Inflamm Bowel Dis
 * 2012;18:55-62; spec §2.2): eight items, total 0-125 in steps of 2.5; no hematocrit, height or
 * abdominal examination.
 */
public final class WpcdaiCalculator {

  public static final AlgorithmId ALGORITHM = new AlgorithmId("WPCDAI", 1);

  private static final BigDecimal ESR_MIDDLE = Points.of("7.5");
  private static final BigDecimal ESR_HIGH = Points.of("15");
  private static final BigDecimal ALBUMIN_MIDDLE = Points.of("10");
  private static final BigDecimal ALBUMIN_HIGH = Points.of("20");

  private final WpcdaiParameters parameters;

  public WpcdaiCalculator(WpcdaiParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** Scores raw CRF values; incomplete when any item is missing or invalid. */
  public ScoreResult<Score> score(ScoreInput input) {
    return WpcdaiInputs.from(input).calculate(ALGORITHM, this::score);
  }

  /** Scores a validated input. */
  public Score score(WpcdaiInput input) {
    Map<String, BigDecimal> components = new LinkedHashMap<>();
    components.put(WpcdaiInputs.PAIN, input.history().abdominalPain());
    components.put(WpcdaiInputs.WELLBEING, input.history().wellBeing());
    components.put(WpcdaiInputs.STOOLS, input.history().stools());
    components.put(WpcdaiInputs.ESR, esrPoints(input.laboratory().esrMmPerHour()));
    components.put(
        WpcdaiInputs.ALBUMIN, albuminPoints(input.laboratory().albuminGramsPerDecilitre()));
    components.put(WpcdaiInputs.WEIGHT, input.examination().weight());
    components.put(WpcdaiInputs.PERIANAL, input.examination().perianal());
    components.put(WpcdaiInputs.EIM, input.examination().extraIntestinal());
    return Score.summing(ALGORITHM, components, this::category);
  }

  /** ESR points (0, 7.5, 15) under the configured cut-points. */
  public BigDecimal esrPoints(BigDecimal esrMmPerHour) {
    return parameters.esrBands().points(esrMmPerHour, ESR_MIDDLE, ESR_HIGH);
  }

  /** Albumin points: &ge;3.5 none, below 3.5 and above 3.0 10, &le;3.0 20 (g/dL). */
  public static BigDecimal albuminPoints(BigDecimal albuminGramsPerDecilitre) {
    return LabBands.ALBUMIN.points(albuminGramsPerDecilitre, ALBUMIN_MIDDLE, ALBUMIN_HIGH);
  }

  /** The activity category of a total under these parameters. */
  public ActivityCategory category(BigDecimal total) {
    return ActivityCategory.of(
        total, parameters.remission(), parameters.moderate(), parameters.severe());
  }

  /** Response: the drop from baseline meets {@link WpcdaiParameters#response()}. */
  public ResponseAssessment assessResponse(Score baseline, Score current) {
    ResponseAssessment.requireSameAlgorithm(ALGORITHM, baseline.algorithm());
    ResponseAssessment.requireSameAlgorithm(ALGORITHM, current.algorithm());
    return ResponseAssessment.byDrop(baseline, current, parameters.response());
  }
}
