package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whether a child responded: the comparison of a current score with the baseline score of the same
 * index. The caller decides from which visit it is shown (the issue: from week 2 on); this only
 * compares.
 *
 * @param algorithm the index both scores come from
 * @param baselineTotal total at baseline
 * @param currentTotal total now
 * @param drop baseline minus current (negative when the score rose)
 * @param criterion the rule applied, in words (for example "drop > 12.5")
 * @param response whether the rule is met
 */
public record ResponseAssessment(
    AlgorithmId algorithm,
    BigDecimal baselineTotal,
    BigDecimal currentTotal,
    BigDecimal drop,
    String criterion,
    boolean response) {

  public ResponseAssessment {
    Objects.requireNonNull(algorithm, "algorithm");
    baselineTotal = Points.normalized(baselineTotal);
    currentTotal = Points.normalized(currentTotal);
    drop = Points.normalized(drop);
    Objects.requireNonNull(criterion, "criterion");
  }

  /**
   * Response defined as a fall of the total that meets {@code minimumDrop} (PCDAI, wPCDAI, PUCAI).
   *
   * @throws IllegalArgumentException when the two scores come from different algorithms or versions
   */
  public static ResponseAssessment byDrop(Score baseline, Score current, Threshold minimumDrop) {
    requireSameAlgorithm(baseline.algorithm(), current.algorithm());
    BigDecimal drop = baseline.total().subtract(current.total());
    return new ResponseAssessment(
        current.algorithm(),
        baseline.total(),
        current.total(),
        drop,
        "drop " + minimumDrop,
        minimumDrop.isMetBy(drop));
  }

  static void requireSameAlgorithm(AlgorithmId baseline, AlgorithmId current) {
    if (!baseline.equals(current)) {
      throw new IllegalArgumentException(
          "Response compares scores of one algorithm; baseline is "
              + baseline
              + ", current is "
              + current);
    }
  }
}
