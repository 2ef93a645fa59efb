package org.ecrf.scoring.domain;

import java.util.List;

/**
 * Derives the Paris classification of ulcerative colitis from {@code I.PARIS_EXTENT} (E1-E4) and
 * {@code I.PARIS_SEVERITY} (S0/S1) (Levine 2011; spec §2.8). "Ever severe" is the investigator's
 * entry (any PUCAI &ge;65 in the history), not computed here.
 */
public final class ParisUcClassifier {

  public static final AlgorithmId ALGORITHM = new AlgorithmId("PARIS_UC", 1);

  public static final String EXTENT = "I.PARIS_EXTENT";
  public static final String SEVERITY = "I.PARIS_SEVERITY";

  /** The items in form order. */
  public static final List<String> ITEMS = List.of(EXTENT, SEVERITY);

  /** Classifies raw CRF values; incomplete when either item is missing or invalid. */
  public ScoreResult<ParisUcClassification> classify(ScoreInput input) {
    ItemReader reader = new ItemReader(input);
    var extent = reader.code(EXTENT, ParisUcClassification.Extent.class);
    var severity = reader.code(SEVERITY, ParisUcClassification.Severity.class);
    ParsedInput<ParisUcClassification> parsed =
        reader.parsed(() -> new ParisUcClassification(extent, severity));
    return parsed.calculate(ALGORITHM, classification -> classification);
  }
}
