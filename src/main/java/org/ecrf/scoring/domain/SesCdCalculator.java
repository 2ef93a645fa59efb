package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Simple Endoscopic Score for Crohn's Disease (Daperno et al., GIE 2004;60:505-512; spec §2.5):
 * four variables graded 0-3 in each of five segments; segment subscore 0-12; total the sum of the
 * segment subscores. The plain sum is computed (no cap); a total above the commonly cited maximum
 * is flagged.
 */
public final class SesCdCalculator {

  public static final AlgorithmId ALGORITHM = new AlgorithmId("SESCD", 1);

  private final SesCdParameters parameters;

  public SesCdCalculator(SesCdParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** Scores raw CRF values; incomplete when an item is missing or invalid, or per the rule. */
  public ScoreResult<SesCdScore> score(ScoreInput input) {
    return SesCdInputs.from(input).calculateResult(ALGORITHM, this::score);
  }

  /** Scores a validated input, applying the unexplored-segment rule. */
  public ScoreResult<SesCdScore> score(SesCdInput input) {
    List<SesCdSegment> unexplored = input.unexploredSegments();
    if (parameters.unexploredSegments() == SesCdParameters.UnexploredSegmentRule.INCOMPLETE
        && !unexplored.isEmpty()) {
      List<ItemProblem> problems =
          unexplored.stream()
              .map(
                  segment ->
                      new ItemProblem(
                          segment.exploredOid(),
                          ItemProblem.Kind.NOT_ASSESSED,
                          "segment not explored; the protocol scores SES-CD only when all"
                              + " segments are explored"))
              .toList();
      return new ScoreResult.Incomplete<>(ALGORITHM, problems);
    }
    return new ScoreResult.Complete<>(ALGORITHM, scoreExplored(input));
  }

  private SesCdScore scoreExplored(SesCdInput input) {
    Map<String, BigDecimal> components = new LinkedHashMap<>();
    Map<SesCdSegment, Integer> subscores = new EnumMap<>(SesCdSegment.class);
    input
        .exploredSegments()
        .forEach(
            (segment, findings) -> {
              findings
                  .grades()
                  .forEach(
                      (variable, grade) ->
                          components.put(segment.itemOid(variable), BigDecimal.valueOf(grade)));
              subscores.put(segment, findings.subscore());
            });
    int total = subscores.values().stream().mapToInt(Integer::intValue).sum();
    Score score =
        new Score(
            ALGORITHM,
            BigDecimal.valueOf(total),
            components,
            parameters.categories().categoryOf(total));
    return new SesCdScore(
        score, subscores, input.unexploredSegments(), total > parameters.commonMaximum());
  }
}
