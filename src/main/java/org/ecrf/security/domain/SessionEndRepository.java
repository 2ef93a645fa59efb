package org.ecrf.security.domain;

import java.time.Instant;

/**
 * The page sessions that ended by time-out, by a fingerprint of their id. Each instance of a
 * cluster that holds a copy of a session sees it expire; only the first to claim its end records
 * it.
 */
public interface SessionEndRepository {

  /** True for the first claim of this session's end, false when it was claimed before. */
  boolean claim(String sessionHash, Instant endedAt);
}
