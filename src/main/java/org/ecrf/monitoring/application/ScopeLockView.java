package org.ecrf.monitoring.application;

import java.io.Serializable;
import java.time.Instant;
import org.ecrf.monitoring.domain.ScopeLock;

/**
 * A freeze or lock of a whole subject, site or study, as the API and pages show it.
 *
 * @param scope SUBJECT, SITE or STUDY
 * @param scopeKey the subject key, site code or study OID
 * @param level FROZEN or LOCKED
 * @param lockedBy who froze or locked it
 * @param lockedAt when, UTC
 * @param reason why (with the action and scope, as audited)
 */
public record ScopeLockView(
    String scope, String scopeKey, String level, String lockedBy, Instant lockedAt, String reason)
    implements Serializable {

  static ScopeLockView of(ScopeLock lock) {
    return new ScopeLockView(
        lock.scope().name(),
        lock.scopeKey(),
        lock.level().name(),
        lock.lockedBy(),
        lock.lockedAt(),
        lock.reason());
  }
}
