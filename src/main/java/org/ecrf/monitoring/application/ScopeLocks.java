package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.monitoring.domain.FormFacts;
import org.ecrf.monitoring.domain.FormLifecycle;
import org.ecrf.monitoring.domain.FormSignatureRepository;
import org.ecrf.monitoring.domain.LockScope;
import org.ecrf.monitoring.domain.ScopeAction;
import org.ecrf.monitoring.domain.ScopeLockRepository;
import org.ecrf.monitoring.domain.TransitionDecision;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.site.application.SiteService;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;

/**
 * A data manager freezes, locks or unlocks every stored form of a subject, a site or the study in
 * one transaction ({@link ScopeAction}), each form by the moves {@link FormLifecycle} allows and
 * each move audited for its form (FORM_STATUS_CHANGED with the reason and the scope); unlocking
 * voids a signature still on a form, visibly. The freeze or lock is also kept as a record of the
 * scope ({@link ScopeLockRecords}) that holds for forms not started yet ({@link ScopeLockGuard});
 * an unlock ends it, and cannot unlock a scope inside a wider lock.
 */
@ApplicationScoped
public class ScopeLocks {

  private static final Set<Role> DATA_MANAGERS = EnumSet.of(Role.DATA_MANAGER);

  @Inject private SubjectService subjects;
  @Inject private SiteService sites;
  @Inject private ClinicalDataRepository data;
  @Inject private FormSignatureRepository signatures;
  @Inject private FormStatusService statuses;
  @Inject private MonitoringAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private ScopeLockRecords records;
  @Inject private ScopeLockRepository lockRecords;
  @Inject private Clock clock;

  /**
   * Applies the action to every stored form in the scope.
   *
   * @param subjectKey the subject (scope SUBJECT)
   * @param siteCode the site (scope SITE)
   * @throws AccessDeniedException for anyone but a data manager
   */
  @Transactional
  public ScopeLockResult apply(
      String studyOid,
      LockScope scope,
      String subjectKey,
      String siteCode,
      ScopeAction action,
      String reason) {
    if (!currentUser.hasRole(Role.DATA_MANAGER)) {
      throw new AccessDeniedException("Only a data manager freezes, locks or unlocks data");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "A freeze, lock or unlock needs a reason");
    }
    List<Subject> covered = subjectsIn(studyOid, scope, subjectKey, siteCode);
    String key = scopeKey(studyOid, scope, covered, siteCode);
    if (action == ScopeAction.UNLOCK) {
      String site = scope == LockScope.SUBJECT ? covered.get(0).site().code() : key;
      records.requireNoWiderLock(studyOid, scope, key, site);
    }
    String why = reason.strip() + " (" + describe(action, scope, studyOid, covered, siteCode) + ")";
    Instant now = clock.instant();
    Set<String> keys = covered.stream().map(Subject::subjectKey).collect(Collectors.toSet());
    records.record(studyOid, scope, key, keys, action, now, why);
    flush();
    int changed = 0;
    int unchanged = 0;
    for (Subject subject : covered) {
      AuditEntry who = access.who(subject, DATA_MANAGERS);
      for (FormData form : data.formsOf(subject)) {
        if (move(studyOid, subject, form, action, who, now, why)) {
          changed++;
        } else {
          unchanged++;
        }
      }
    }
    flush();
    return new ScopeLockResult(scope.name(), action.name(), covered.size(), changed, unchanged);
  }

  /**
   * The study's scope locks in force, oldest first.
   *
   * @throws AccessDeniedException for anyone but a data manager
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ScopeLockView> active(String studyOid) {
    if (!currentUser.hasRole(Role.DATA_MANAGER)) {
      throw new AccessDeniedException("Only a data manager lists the scope locks of a study");
    }
    return lockRecords.active(studyOid).stream().map(ScopeLockView::of).toList();
  }

  /**
   * Writes the changes now: the scope's lock record before its forms move, so that a save waiting
   * on the record ({@link ScopeLockGuard}) holds no form this transaction is about to move.
   */
  private void flush() {
    try {
      data.flush();
    } catch (OptimisticLockException e) {
      throw changedMeanwhile();
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException || isDuplicateLock(e)) {
        throw changedMeanwhile();
      }
      throw e;
    }
  }

  /** Another data manager locked the same scope at the same moment (one active lock a scope). */
  private static boolean isDuplicateLock(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
    }
    return false;
  }

  private static ConflictException changedMeanwhile() {
    return new ConflictException(
        "A form or the lock of the scope was changed by someone else at the same moment; nothing"
            + " was changed. Try again.");
  }

  private boolean move(
      String studyOid,
      Subject subject,
      FormData form,
      ScopeAction action,
      AuditEntry who,
      Instant now,
      String reason) {
    List<FormStatus> moves = action.movesFrom(form.status());
    FormAddress address =
        new FormAddress(
            studyOid,
            subject.subjectKey(),
            form.event().eventOid(),
            form.event().repeatKey(),
            form.formOid());
    for (FormStatus target : moves) {
      FormFacts facts = new FormFacts(form.status(), List.of(), List.of(), List.of(), 0);
      TransitionDecision decision =
          FormLifecycle.decide(facts, target, access.rolesAt(subject), reason);
      if (!decision.isAllowed()) {
        throw new ConflictException(address + ": " + decision.reason());
      }
      if (target == FormStatus.IN_PROGRESS) {
        signatures
            .validSignature(form)
            .ifPresent(signature -> statuses.voidSignature(address, signature, who, now, reason));
      }
      statuses.changeStatus(address, form, target, who, reason);
    }
    return !moves.isEmpty();
  }

  private List<Subject> subjectsIn(
      String studyOid, LockScope scope, String subjectKey, String siteCode) {
    return switch (scope) {
      case SUBJECT -> {
        if (subjectKey == null || subjectKey.isBlank()) {
          throw new InvalidInputException("subjectKey", "A subject lock names the subjectKey");
        }
        yield List.of(subjects.visibleSubject(studyOid, subjectKey));
      }
      case SITE -> {
        if (siteCode == null || siteCode.isBlank()) {
          throw new InvalidInputException("site", "A site lock names the site");
        }
        String code = sites.visibleSite(siteCode).code();
        yield subjects.visibleSubjects(studyOid).stream()
            .filter(subject -> subject.site().code().equals(code))
            .toList();
      }
      case STUDY -> subjects.visibleSubjects(studyOid);
    };
  }

  /** The subject key, the site code or the study OID, as stored. */
  private String scopeKey(String studyOid, LockScope scope, List<Subject> covered, String site) {
    return switch (scope) {
      case SUBJECT -> covered.get(0).subjectKey();
      case SITE -> sites.visibleSite(site).code();
      case STUDY -> studyOid;
    };
  }

  private static String describe(
      ScopeAction action, LockScope scope, String studyOid, List<Subject> covered, String site) {
    String what = action.name().toLowerCase(Locale.ROOT);
    return switch (scope) {
      case SUBJECT -> what + " of subject " + covered.get(0).subjectKey();
      case SITE -> what + " of site " + site.strip().toUpperCase(Locale.ROOT);
      case STUDY -> what + " of study " + studyOid;
    };
  }
}
