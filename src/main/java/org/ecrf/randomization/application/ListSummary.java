package org.ecrf.randomization.application;

import java.time.Instant;
import org.ecrf.randomization.domain.StoredAllocationList;

/**
 * What may be said about a list without showing it: source, size, places used, fingerprint, when
 * and by whom.
 */
public record ListSummary(
    String study,
    String source,
    int places,
    long used,
    String fingerprint,
    Instant createdAt,
    String createdBy) {

  static ListSummary of(StoredAllocationList list, long used) {
    return new ListSummary(
        list.studyOid(),
        list.source().name(),
        list.slotCount(),
        used,
        list.fingerprint(),
        list.createdAt(),
        list.createdBy());
  }
}
