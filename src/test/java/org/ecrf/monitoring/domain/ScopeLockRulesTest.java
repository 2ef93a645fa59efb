package org.ecrf.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.entry.domain.FormStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeLockRulesTest {

  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  @ParameterizedTest(name = "{0} {1} {2}: save of {3} at {4} by {5} refused={6}")
  @CsvFileSource(resources = "/monitoring/scope-lock-saves.csv", numLinesToSkip = 1)
  void refusesASaveOfAnyFormOfACoveredSubjectThroughEveryDoor(
      LockScope scope,
      String key,
      FormStatus level,
      String subjectKey,
      String siteCode,
      AuditSource source,
      boolean refused) {
    List<ScopeLock> active = List.of(lock(scope, key, level));

    var refusal = ScopeLockRules.saveRefusal(active, subjectKey, siteCode, "F.LAB", source);

    assertThat(refusal.isPresent()).isEqualTo(refused);
    refusal.ifPresent(
        text ->
            assertThat(text)
                .startsWith("F.LAB of " + subjectKey + " cannot be saved")
                .contains(scope.name().toLowerCase() + " " + key)
                .contains("by dm at 2026-03-02T09:00:00Z")
                .contains(FormLifecycle.label(level))
                .contains("(Interim analysis)")
                .contains("Nothing was saved"));
  }

  @Test
  void namesTheWidestLockWhenSeveralCoverTheSubject() {
    List<ScopeLock> active =
        List.of(
            lock(LockScope.SUBJECT, "BER-0003", FormStatus.LOCKED),
            lock(LockScope.STUDY, "TOPIT", FormStatus.FROZEN),
            lock(LockScope.SITE, "BER", FormStatus.LOCKED));

    assertThat(ScopeLockRules.covering(active, "BER-0003", "BER"))
        .get()
        .extracting(ScopeLock::scope)
        .isEqualTo(LockScope.STUDY);
  }

  @ParameterizedTest(name = "unlock of {0} at site {1} with {2} {3} in force: blocked={4}")
  @CsvSource({
    "SUBJECT, BER, SITE, BER, true",
    "SUBJECT, BER, SITE, POT, false",
    "SUBJECT, BER, STUDY, TOPIT, true",
    "SUBJECT, BER, SUBJECT, BER-0009, false",
    "SITE, BER, STUDY, TOPIT, true",
    "SITE, BER, SITE, POT, false",
    "SITE, BER, SUBJECT, BER-0003, false",
    "STUDY, '', SITE, BER, false",
    "STUDY, '', STUDY, TOPIT, false"
  })
  void aNarrowerScopeIsNotUnlockedInsideAWiderLock(
      LockScope target, String site, LockScope held, String heldKey, boolean blocked) {
    List<ScopeLock> active = List.of(lock(held, heldKey, FormStatus.LOCKED));

    assertThat(ScopeLockRules.widerThan(active, target, site).isPresent()).isEqualTo(blocked);
  }

  @ParameterizedTest(name = "unlock of {0} {1} ends {2}")
  @CsvSource({
    "SUBJECT, BER-0003, SUBJECT:BER-0003",
    "SITE, BER, SITE:BER SUBJECT:BER-0003",
    "STUDY, TOPIT, STUDY:TOPIT SITE:BER SITE:POT SUBJECT:BER-0003 SUBJECT:POT-0001"
  })
  void anUnlockEndsTheScopesOwnLockAndTheNarrowerLocksInsideIt(
      LockScope scope, String key, String expected) {
    List<ScopeLock> active =
        List.of(
            lock(LockScope.STUDY, "TOPIT", FormStatus.LOCKED),
            lock(LockScope.SITE, "BER", FormStatus.LOCKED),
            lock(LockScope.SITE, "POT", FormStatus.FROZEN),
            lock(LockScope.SUBJECT, "BER-0003", FormStatus.LOCKED),
            lock(LockScope.SUBJECT, "POT-0001", FormStatus.LOCKED));
    Set<String> covered =
        switch (scope) {
          case SUBJECT -> Set.of(key);
          case SITE -> Set.of("BER-0003", "BER-0004");
          case STUDY -> Set.of("BER-0003");
        };

    List<ScopeLock> ended = ScopeLockRules.endedByUnlock(active, scope, key, covered);

    assertThat(ended)
        .extracting(lock -> lock.scope() + ":" + lock.scopeKey())
        .containsExactlyInAnyOrder(expected.split(" "));
  }

  @ParameterizedTest(name = "{0} then {1}: {2}, raised={3}")
  @CsvSource({
    "FROZEN, LOCKED, LOCKED, true",
    "FROZEN, FROZEN, FROZEN, false",
    "LOCKED, FROZEN, LOCKED, false",
    "LOCKED, LOCKED, LOCKED, false"
  })
  void aFrozenScopeIsRaisedToLockedAndALockNeverGoesBackToFrozen(
      FormStatus first, FormStatus then, FormStatus expected, boolean raised) {
    ScopeLock lock = lock(LockScope.SITE, "BER", first);

    Instant later = AT.plusSeconds(3600);
    assertThat(lock.raiseTo(then, "dm2", later, "Database lock")).isEqualTo(raised);
    assertThat(lock.level()).isEqualTo(expected);
    assertThat(lock.lockedBy()).isEqualTo(raised ? "dm2" : "dm");
    assertThat(lock.lockedAt()).isEqualTo(raised ? later : AT);
  }

  @Test
  void aScopeIsOnlyFrozenOrLockedAndAnEndedLockCannotEndAgain() {
    assertThatThrownBy(() -> lock(LockScope.SITE, "BER", FormStatus.SIGNED))
        .isInstanceOf(IllegalArgumentException.class);
    ScopeLock lock = lock(LockScope.SITE, "BER", FormStatus.LOCKED);
    lock.end("dm", AT, "Query 12");
    assertThat(lock.endedBy()).contains("dm");
    assertThatThrownBy(() -> lock.end("dm", AT, "again")).isInstanceOf(IllegalStateException.class);
  }

  private static ScopeLock lock(LockScope scope, String key, FormStatus level) {
    return new ScopeLock("TOPIT", scope, key, level, "dm", AT, "Interim analysis");
  }
}
