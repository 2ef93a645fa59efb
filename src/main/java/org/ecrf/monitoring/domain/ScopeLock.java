package org.ecrf.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.entry.domain.FormStatus;

/**
 * A data manager's freeze or lock of a whole subject, site or study (issue 7: "freeze and lock by
 * DATA_MANAGER per form, subject, site or study"). It is kept apart from the forms' statuses so
 * that it holds for forms not started yet: no form of a subject it covers takes a save until an
 * unlock with a reason ends it. An ended lock is kept with who ended it, when and why.
 */
@Entity
@Table(name = "scope_lock")
@NamedQuery(
    name = "ScopeLock.active",
    query =
        "SELECT l FROM ScopeLock l WHERE l.studyOid = :study AND l.endedAt IS NULL"
            + " ORDER BY l.lockedAt, l.id")
public class ScopeLock {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "study_oid", nullable = false, updatable = false)
  private String studyOid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private LockScope scope;

  @Column(name = "scope_key", nullable = false, updatable = false)
  private String scopeKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FormStatus level;

  @Column(name = "locked_at", nullable = false)
  private Instant lockedAt;

  @Column(name = "locked_by", nullable = false)
  private String lockedBy;

  @Column(nullable = false)
  private String reason;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by")
  private String endedBy;

  @Column(name = "end_reason")
  private String endReason;

  @Version private int version;

  protected ScopeLock() {}

  /**
   * A new lock of a scope.
   *
   * @param scopeKey the subject key (SUBJECT), the site code (SITE) or the study OID (STUDY)
   * @param level FROZEN or LOCKED
   */
  public ScopeLock(
      String studyOid,
      LockScope scope,
      String scopeKey,
      FormStatus level,
      String lockedBy,
      Instant lockedAt,
      String reason) {
    this.studyOid = Objects.requireNonNull(studyOid, "studyOid");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.scopeKey = Objects.requireNonNull(scopeKey, "scopeKey");
    this.level = requireLevel(level);
    this.lockedBy = Objects.requireNonNull(lockedBy, "lockedBy");
    this.lockedAt = Objects.requireNonNull(lockedAt, "lockedAt");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Takes a frozen scope to locked, by whom, when and why (the lock then names them; the freeze
   * before it stays in the audit trail); a lock never goes back to frozen (only an unlock ends it).
   *
   * @return true when the level changed
   */
  public boolean raiseTo(FormStatus target, String actor, Instant at, String why) {
    if (requireLevel(target) != FormStatus.LOCKED || level == FormStatus.LOCKED) {
      return false;
    }
    level = FormStatus.LOCKED;
    lockedBy = Objects.requireNonNull(actor, "actor");
    lockedAt = Objects.requireNonNull(at, "at");
    reason = why;
    return true;
  }

  /** Ends the lock: an unlock with a reason. */
  public void end(String actor, Instant at, String why) {
    if (endedAt != null) {
      throw new IllegalStateException("The scope lock " + id + " has ended already");
    }
    endedBy = Objects.requireNonNull(actor, "actor");
    endedAt = Objects.requireNonNull(at, "at");
    endReason = why;
  }

  /** True when the lock covers a subject with this key at this site (in its study). */
  public boolean covers(String subjectKey, String siteCode) {
    return switch (scope) {
      case SUBJECT -> scopeKey.equals(subjectKey);
      case SITE -> scopeKey.equals(siteCode);
      case STUDY -> true;
    };
  }

  /** "subject BER-0003", "site BER" or "study TOPIT". */
  public String scopeLabel() {
    return scope.name().toLowerCase(Locale.ROOT) + " " + scopeKey;
  }

  /** "site BER was locked by dm at 2026-03-02T09:00:00Z (Interim analysis)", for messages. */
  public String describe() {
    return scopeLabel()
        + " was "
        + FormLifecycle.label(level)
        + " by "
        + lockedBy
        + " at "
        + lockedAt
        + " ("
        + reason
        + ")";
  }

  private static FormStatus requireLevel(FormStatus level) {
    if (level != FormStatus.FROZEN && level != FormStatus.LOCKED) {
      throw new IllegalArgumentException("A scope is frozen or locked, not " + level);
    }
    return level;
  }

  public Long id() {
    return id;
  }

  public String studyOid() {
    return studyOid;
  }

  public LockScope scope() {
    return scope;
  }

  public String scopeKey() {
    return scopeKey;
  }

  public FormStatus level() {
    return level;
  }

  public Instant lockedAt() {
    return lockedAt;
  }

  public String lockedBy() {
    return lockedBy;
  }

  public String reason() {
    return reason;
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  public Optional<String> endedBy() {
    return Optional.ofNullable(endedBy);
  }

  public Optional<String> endReason() {
    return Optional.ofNullable(endReason);
  }
}
