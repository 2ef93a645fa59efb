package org.ecrf.audit.domain;

import java.util.OptionalLong;

/**
 * Walks the audit trail in id order and recomputes every hash. The first event whose stored hash
 * does not match its fields, or that does not name its predecessor's hash, is where the trail was
 * changed; deleting the newest events is found by comparing the end of the walk with the chain
 * head. Events are fed one at a time, so any number can be verified in bounded memory.
 */
public final class AuditChainVerifier {

  private String expectedPreviousHash = AuditHashChain.GENESIS;
  private long lastId;
  private long events;
  private long firstBroken = -1;

  /** Checks the next event (in id order). */
  public void accept(AuditEventRow row) {
    events++;
    if (firstBroken < 0 && !row.chainsOnto(expectedPreviousHash)) {
      firstBroken = row.id();
    }
    expectedPreviousHash = row.hash();
    lastId = row.id();
  }

  /**
   * Counts an event whose stored fields cannot even be read as an event (a type name no version of
   * the platform ever wrote, say): the trail is broken there.
   */
  public void acceptUnreadable(long id, String storedHash) {
    events++;
    if (firstBroken < 0) {
      firstBroken = id;
    }
    expectedPreviousHash = storedHash;
    lastId = id;
  }

  /**
   * The verdict, given the chain head (the newest event's id and hash as the head row records
   * them). A head beyond the last event walked means the newest events were deleted (the first
   * missing one is reported); events beyond the head were added behind the application's back (the
   * first of them is reported).
   */
  public ChainVerification finish(Long headEventId, String headHash) {
    if (firstBroken < 0) {
      long head = headEventId == null ? 0 : headEventId;
      if (head > lastId) {
        firstBroken = lastId + 1;
      } else if (head < lastId) {
        firstBroken = head + 1;
      } else if (!expectedPreviousHash.equals(headHash)) {
        firstBroken = lastId;
      }
    }
    OptionalLong broken = firstBroken < 0 ? OptionalLong.empty() : OptionalLong.of(firstBroken);
    return new ChainVerification(events, firstBroken < 0, broken);
  }

  /**
   * The outcome: how many events were checked, whether the trail is intact, and where it is not.
   */
  public record ChainVerification(long events, boolean valid, OptionalLong firstBrokenEvent) {}
}
