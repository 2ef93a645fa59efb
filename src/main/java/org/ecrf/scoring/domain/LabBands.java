package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A laboratory item scored in three levels: the high level when {@code high} is met, the middle
 * level when {@code middle} is met, otherwise none. Thresholds rather than the printed ranges are
 * used so that every value scores, including values between printed ranges (albumin 3.05 g/dL falls
 * between "&le;3.0" and "3.1-3.4"; it scores the middle level, as does 3.45).
 *
 * @param high condition for the highest points
 * @param middle condition for the middle points, checked when {@code high} is not met
 */
public record LabBands(Threshold high, Threshold middle) {

  /** ESR in mm/h: &lt;20 none, 20-50 middle, &gt;50 high (PCDAI, Hyams 1991; spec §2.1 [V]). */
  public static final LabBands ESR = new LabBands(Threshold.above("50"), Threshold.atLeast("20"));

  /**
   * Albumin in g/dL: &ge;3.5 none, 3.1-3.4 middle, &le;3.0 high (PCDAI and wPCDAI; spec §2.1, §2.2
   * [V]).
   */
  public static final LabBands ALBUMIN =
      new LabBands(Threshold.atMost("3.0"), Threshold.below("3.5"));

  public LabBands {
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(middle, "middle");
  }

  /** The points for {@code value}, given the middle and high points of the index. */
  public BigDecimal points(BigDecimal value, BigDecimal middlePoints, BigDecimal highPoints) {
    if (high.isMetBy(value)) {
      return highPoints;
    }
    return middle.isMetBy(value) ? middlePoints : BigDecimal.ZERO;
  }
}
