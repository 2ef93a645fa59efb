package org.ecrf.monitoring.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ecrf.audit.domain.AuditSource;

/**
 * Which scope locks hold for a subject, and what a lock or unlock of a scope does to the locks
 * already there. A save of any form of a covered subject is refused through every door (page, API,
 * import and the platform itself), started or not, and the refusal names the widest lock: who,
 * when, which scope and why. Decisions: an unlock of a scope also ends the narrower locks inside it
 * (a study unlock ends its site and subject locks), as it reopens every form inside it; a narrower
 * scope cannot be unlocked while a wider lock covers it (unlock the wider one).
 */
public final class ScopeLockRules {

  private static final Comparator<ScopeLock> WIDEST_FIRST =
      Comparator.comparing((ScopeLock lock) -> lock.scope().ordinal()).reversed();

  private ScopeLockRules() {}

  /** The widest active lock covering a subject with this key at this site, if any. */
  public static Optional<ScopeLock> covering(
      List<ScopeLock> active, String subjectKey, String siteCode) {
    return active.stream().filter(lock -> lock.covers(subjectKey, siteCode)).min(WIDEST_FIRST);
  }

  /**
   * Why a save of {@code formOid} for the subject is refused, or empty when no lock covers it.
   *
   * @param source the door of the save; none is exempt, it only words the message
   */
  public static Optional<String> saveRefusal(
      List<ScopeLock> active,
      String subjectKey,
      String siteCode,
      String formOid,
      AuditSource source) {
    return covering(active, subjectKey, siteCode)
        .map(
            lock ->
                formOid
                    + " of "
                    + subjectKey
                    + " cannot be saved "
                    + door(source)
                    + ": "
                    + lock.describe()
                    + ". Nothing was saved; a data manager can unlock the "
                    + lock.scope().name().toLowerCase(Locale.ROOT)
                    + " with a reason.");
  }

  /**
   * An active lock of a wider scope that covers the target, which must be unlocked first.
   *
   * @param siteCode the subject's site (SUBJECT), the site (SITE); ignored for STUDY
   */
  public static Optional<ScopeLock> widerThan(
      List<ScopeLock> active, LockScope scope, String siteCode) {
    return active.stream()
        .filter(lock -> lock.scope().ordinal() > scope.ordinal())
        .filter(lock -> lock.scope() == LockScope.STUDY || lock.scopeKey().equals(siteCode))
        .min(WIDEST_FIRST);
  }

  /** The active lock of exactly this scope, if any. */
  public static Optional<ScopeLock> of(List<ScopeLock> active, LockScope scope, String scopeKey) {
    return active.stream()
        .filter(lock -> lock.scope() == scope && lock.scopeKey().equals(scopeKey))
        .findFirst();
  }

  /**
   * The locks an unlock of the scope ends: its own and those of narrower scopes inside it.
   *
   * @param subjectKeys the subjects the scope covers
   */
  public static List<ScopeLock> endedByUnlock(
      List<ScopeLock> active, LockScope scope, String scopeKey, Set<String> subjectKeys) {
    return active.stream()
        .filter(
            lock ->
                switch (lock.scope()) {
                  case SUBJECT -> scope == LockScope.STUDY || subjectKeys.contains(lock.scopeKey());
                  case SITE ->
                      scope == LockScope.STUDY
                          || scope == LockScope.SITE && lock.scopeKey().equals(scopeKey);
                  case STUDY -> scope == LockScope.STUDY;
                })
        .toList();
  }

  private static String door(AuditSource source) {
    return switch (source) {
      case PAGE -> "on the page";
      case API -> "through the API";
      case IMPORT -> "by the import";
      case SYSTEM -> "by the platform";
    };
  }
}
