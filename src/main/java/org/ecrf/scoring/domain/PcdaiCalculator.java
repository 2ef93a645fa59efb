package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Pediatric Crohn's Disease Activity Index (Hyams et al., JPGN 1991;12:439-447; spec §2.1):
 * eleven items, total 0-100 in steps of 2.5. The hematocrit is scored by age and sex band, ESR and
 * albumin by fixed cut-points, the other eight items are the entered points.
 */
public final class PcdaiCalculator {

  public static final AlgorithmId ALGORITHM = new AlgorithmId("PCDAI", 1);

  private static final BigDecimal ESR_MIDDLE = Points.of("2.5");
  private static final BigDecimal ESR_HIGH = Points.of("5");
  private static final BigDecimal ALBUMIN_MIDDLE = Points.of("5");
  private static final BigDecimal ALBUMIN_HIGH = Points.of("10");

  private final PcdaiParameters parameters;

  public PcdaiCalculator(PcdaiParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** Scores raw CRF values; incomplete when any item or subject fact is missing or invalid. */
  public ScoreResult<Score> score(ScoreInput input) {
    return PcdaiInputs.from(input).calculate(ALGORITHM, this::score);
  }

  /** Scores a validated input. */
  public Score score(PcdaiInput input) {
    PcdaiInput.History history = input.history();
    PcdaiInput.Laboratory lab = input.laboratory();
    PcdaiInput.Examination exam = input.examination();
    Map<String, BigDecimal> components = new LinkedHashMap<>();
    components.put(PcdaiInputs.PAIN, history.abdominalPain());
    components.put(PcdaiInputs.STOOLS, history.stools());
    components.put(PcdaiInputs.WELLBEING, history.wellBeing());
    components.put(
        PcdaiInputs.HCT, hematocritPoints(lab.hematocritPercent(), input.sex(), input.ageYears()));
    components.put(PcdaiInputs.ESR, esrPoints(lab.esrMmPerHour()));
    components.put(PcdaiInputs.ALBUMIN, albuminPoints(lab.albuminGramsPerDecilitre()));
    components.put(PcdaiInputs.WEIGHT, exam.weight());
    components.put(PcdaiInputs.HEIGHT, exam.height());
    components.put(PcdaiInputs.ABDOMEN, exam.abdomen());
    components.put(PcdaiInputs.PERIRECTAL, exam.perirectal());
    components.put(PcdaiInputs.EIM, exam.extraIntestinal());
    return Score.summing(ALGORITHM, components, this::category);
  }

  /** Hematocrit points (0, 2.5, 5) for a value in % in the band of this sex and age. */
  public BigDecimal hematocritPoints(BigDecimal hematocritPercent, Sex sex, int ageYears) {
    HematocritParameters choices = parameters.hematocrit();
    HematocritBand band = HematocritBand.of(sex, ageYears, choices.childBandMaxAge());
    Comparison normal =
        band == HematocritBand.CHILD ? choices.childNormalComparison() : Comparison.AT_LEAST;
    return band.points(hematocritPercent, normal);
  }

  /** ESR points: &lt;20 none, 20-50 2.5, &gt;50 5 (mm/h). */
  public static BigDecimal esrPoints(BigDecimal esrMmPerHour) {
    return LabBands.ESR.points(esrMmPerHour, ESR_MIDDLE, ESR_HIGH);
  }

  /** Albumin points: &ge;3.5 none, 3.1-3.4 (any value below 3.5 above 3.0) 5, &le;3.0 10 (g/dL). */
  public static BigDecimal albuminPoints(BigDecimal albuminGramsPerDecilitre) {
    return LabBands.ALBUMIN.points(albuminGramsPerDecilitre, ALBUMIN_MIDDLE, ALBUMIN_HIGH);
  }

  /** The activity category of a total under these parameters. */
  public ActivityCategory category(BigDecimal total) {
    return ActivityCategory.of(
        total, parameters.remission(), parameters.moderate(), parameters.severe());
  }

  /** Response: the drop from baseline meets {@link PcdaiParameters#response()}. */
  public ResponseAssessment assessResponse(Score baseline, Score current) {
    ResponseAssessment.requireSameAlgorithm(ALGORITHM, baseline.algorithm());
    ResponseAssessment.requireSameAlgorithm(ALGORITHM, current.algorithm());
    return ResponseAssessment.byDrop(baseline, current, parameters.response());
  }
}
