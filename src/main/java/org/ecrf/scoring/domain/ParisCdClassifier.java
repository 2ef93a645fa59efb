package org.ecrf.scoring.domain;

/**
 * Derives the Paris classification of Crohn's disease (Levine et al., Inflamm Bowel Dis 2011; spec
 * §2.8) from its CRF items: the age band from the age at diagnosis, the other axes as entered.
 */
public final class ParisCdClassifier {

  public static final AlgorithmId ALGORITHM = new AlgorithmId("PARIS_CD", 1);

  /** Classifies raw CRF values; incomplete when any item or the month of birth is missing. */
  public ScoreResult<ParisCdClassification> classify(ScoreInput input) {
    return ParisCdInputs.from(input).calculate(ALGORITHM, this::classify);
  }

  /** Classifies a validated input. */
  public ParisCdClassification classify(ParisCdInput input) {
    return new ParisCdClassification(
        ParisCdClassification.AgeAtDiagnosis.of(input.ageAtDiagnosisYears()),
        input.location(),
        input.upperGi(),
        input.behaviour(),
        input.perianal(),
        input.growth());
  }
}
