package org.ecrf.monitoring.application;

import java.util.List;

/**
 * What a verification of a whole visit or subject did.
 *
 * @param forms the forms that received marks
 * @param items the item values marked verified (each one an SDV_VERIFIED audit event)
 * @param skipped the frozen or locked forms left out, as {@code SE.WEEK6/F.LAB (locked)}
 */
public record BulkVerification(int forms, int items, List<String> skipped) {

  public BulkVerification {
    skipped = List.copyOf(skipped);
  }
}
