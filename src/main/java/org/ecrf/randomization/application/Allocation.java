package org.ecrf.randomization.application;

import java.time.Instant;
import org.ecrf.randomization.domain.StoredAllocationSlot;

/**
 * A subject's allocation: the arm, its stratum, when and by whom (shown on the subject page and in
 * the API).
 */
public record Allocation(
    String subjectKey, String arm, String stratum, Instant allocatedAt, String allocatedBy) {

  static Allocation of(StoredAllocationSlot slot) {
    return new Allocation(
        slot.subject().orElseThrow().subjectKey(),
        slot.armCode(),
        slot.stratumKey(),
        slot.allocatedAt(),
        slot.allocatedBy());
  }
}
