package org.ecrf.audit.domain;

import java.time.Instant;

/** An audit event as stored: its id, time, the stored hashes and the fields they cover. */
public record AuditEventRow(
    long id, Instant occurredAt, String previousHash, String hash, AuditEntry entry) {

  /**
   * True when the stored hash is the hash of the stored fields, and the event names the expected
   * predecessor.
   */
  public boolean chainsOnto(String expectedPreviousHash) {
    return previousHash.equals(expectedPreviousHash)
        && hash.equals(AuditHashChain.hash(previousHash, occurredAt, entry));
  }
}
