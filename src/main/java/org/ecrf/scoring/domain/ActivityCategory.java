package org.ecrf.scoring.domain;

import java.math.BigDecimal;

/**
 * Disease activity bands shared by the activity indices (spec §2): remission (inactive disease),
 * mild, moderate, severe. Where an index has no severe band in a source, that source's rule is
 * expressed by a threshold no total reaches.
 */
public enum ActivityCategory {
  REMISSION,
  MILD,
  MODERATE,
  SEVERE;

  /**
   * The category of a total under three cut-points, checked in this order: remission, severe,
   * moderate; anything else is mild.
   */
  static ActivityCategory of(
      BigDecimal total, Threshold remission, Threshold moderate, Threshold severe) {
    if (remission.isMetBy(total)) {
      return REMISSION;
    }
    if (severe.isMetBy(total)) {
      return SEVERE;
    }
    return moderate.isMetBy(total) ? MODERATE : MILD;
  }
}
