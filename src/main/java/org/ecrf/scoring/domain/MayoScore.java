package org.ecrf.scoring.domain;

import java.util.Objects;

/**
 * A complete full Mayo score with the binary outcomes the spec defines on it (§2.6).
 *
 * @param score total 0-12, the four subscores by item OID, and the category
 * @param remission total &le;2 and no subscore &gt;1
 * @param mucosalHealing endoscopic subscore &le;1
 */
public record MayoScore(Score score, boolean remission, boolean mucosalHealing) {

  public MayoScore {
    Objects.requireNonNull(score, "score");
  }

  /** The rectal bleeding subscore, which the response rule looks at. */
  public int rectalBleeding() {
    return score.components().get(MayoInputs.RECTAL_BLEEDING).intValueExact();
  }
}
