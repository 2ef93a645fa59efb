package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.monitoring.domain.LockScope;
import org.ecrf.monitoring.domain.ScopeAction;
import org.ecrf.monitoring.domain.ScopeLock;
import org.ecrf.monitoring.domain.ScopeLockRepository;
import org.ecrf.monitoring.domain.ScopeLockRules;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.ConflictException;

/**
 * The scope lock records behind a data manager's freeze, lock or unlock of a subject, site or study
 * ({@link ScopeLockRules}), each change audited as a FORM_STATUS_CHANGED event about the scope
 * ({@code scope-lock:TOPIT/site BER}, old and new level, reason), in the caller's transaction.
 */
@ApplicationScoped
class ScopeLockRecords {

  @Inject private ScopeLockRepository locks;
  @Inject private AuditTrail auditTrail;
  @Inject private CurrentUser currentUser;

  /**
   * Refuses an unlock of a scope inside a wider lock, before any form moves.
   *
   * @param siteCode the subject's site (SUBJECT) or the site (SITE)
   */
  void requireNoWiderLock(String studyOid, LockScope scope, String scopeKey, String siteCode) {
    Optional<ScopeLock> wider = ScopeLockRules.widerThan(locks.active(studyOid), scope, siteCode);
    if (wider.isPresent()) {
      throw new ConflictException(
          "The "
              + scope.name().toLowerCase(Locale.ROOT)
              + " "
              + scopeKey
              + " cannot be unlocked on its own: "
              + wider.get().describe()
              + ". Unlock the "
              + wider.get().scopeLabel()
              + " instead; nothing was changed.");
    }
  }

  /** Records the action on the scope: a new or raised lock, or the end of the locks it ends. */
  void record(
      String studyOid,
      LockScope scope,
      String scopeKey,
      Set<String> subjectKeys,
      ScopeAction action,
      Instant now,
      String reason) {
    List<ScopeLock> active = locks.active(studyOid);
    if (action == ScopeAction.UNLOCK) {
      for (ScopeLock lock : ScopeLockRules.endedByUnlock(active, scope, scopeKey, subjectKeys)) {
        lock.end(currentUser.account().username(), now, reason);
        audit(lock, lock.level().name(), "UNLOCKED", reason);
      }
      return;
    }
    FormStatus level = action == ScopeAction.LOCK ? FormStatus.LOCKED : FormStatus.FROZEN;
    Optional<ScopeLock> existing = ScopeLockRules.of(active, scope, scopeKey);
    if (existing.isEmpty()) {
      ScopeLock lock =
          new ScopeLock(
              studyOid, scope, scopeKey, level, currentUser.account().username(), now, reason);
      locks.add(lock);
      audit(lock, null, level.name(), reason);
    } else if (existing.get().raiseTo(level, currentUser.account().username(), now, reason)) {
      audit(existing.get(), FormStatus.FROZEN.name(), level.name(), reason);
    }
  }

  private void audit(ScopeLock lock, String before, String after, String reason) {
    String target = "scope-lock:" + lock.studyOid() + "/" + lock.scopeLabel();
    String site = lock.scope() == LockScope.SITE ? lock.scopeKey() : null;
    auditTrail.record(
        new AuditEntry(
            AuditEventType.FORM_STATUS_CHANGED,
            currentUser.account().username(),
            Role.DATA_MANAGER.name(),
            site,
            currentUser.source(),
            target,
            before,
            after,
            reason,
            null));
  }
}
