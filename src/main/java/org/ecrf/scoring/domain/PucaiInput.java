package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The six PUCAI items, validated: the choice items as their published points, the number of stools
 * as the count per 24 h that the calculator maps to points (Turner 2007; spec §2.4).
 *
 * @param abdominalPain 0 no pain, 5 can be ignored, 10 cannot be ignored
 * @param rectalBleeding 0 none, 10 small amount in &lt;50% of stools, 20 small amount with most
 *     stools, 30 large amount
 * @param stoolConsistency 0 formed, 5 partially formed, 10 completely unformed
 * @param stoolsPer24h number of stools per 24 h (0 or more)
 * @param nocturnalStools whether any stool woke the child
 * @param activityLevel 0 no limitation, 5 occasional limitation, 10 severely restricted
 */
public record PucaiInput(
    BigDecimal abdominalPain,
    BigDecimal rectalBleeding,
    BigDecimal stoolConsistency,
    int stoolsPer24h,
    boolean nocturnalStools,
    BigDecimal activityLevel) {

  public PucaiInput {
    Objects.requireNonNull(abdominalPain, "abdominalPain");
    Objects.requireNonNull(rectalBleeding, "rectalBleeding");
    Objects.requireNonNull(stoolConsistency, "stoolConsistency");
    Objects.requireNonNull(activityLevel, "activityLevel");
    if (stoolsPer24h < 0) {
      throw new IllegalArgumentException("Stools per 24 h cannot be negative: " + stoolsPer24h);
    }
  }
}
