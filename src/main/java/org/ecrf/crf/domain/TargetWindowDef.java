package org.ecrf.crf.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The trough range aimed at, in µg/mL, bounds inclusive, for one visit or (without a visit) for all
 * others.
 *
 * @param studyEventOid the visit, e.g. {@code SE.WEEK14}; empty for the default window
 * @param lowUgPerMl the lower bound
 * @param highUgPerMl the upper bound; empty for a lower bound only
 */
public record TargetWindowDef(
    Optional<String> studyEventOid, BigDecimal lowUgPerMl, Optional<BigDecimal> highUgPerMl) {

  /** True for the window that applies to visits without one of their own. */
  public boolean isDefault() {
    return studyEventOid.isEmpty();
  }
}
