package org.ecrf.audit.domain;

import java.util.Objects;

/**
 * What the caller of the audit trail says happened; the trail adds the time and the chain hashes.
 * {@code target} names what the event is about ({@code user:inv.pot}, {@code site:POT}, or the item
 * path of clinical data); values are the before and after states as text; {@code path} locates
 * clinical data by OIDs and repeat keys (empty otherwise).
 */
public record AuditEntry(
    AuditEventType type,
    String actor,
    String actorRole,
    String siteCode,
    AuditSource source,
    String target,
    String oldValue,
    String newValue,
    String reason,
    ItemPath path) {

  public static final String SYSTEM_ACTOR = "system";

  public AuditEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("An audit entry needs an actor");
    }
  }

  /** An entry about {@code target} by {@code actor}, without role, site, values or reason yet. */
  public static AuditEntry of(
      AuditEventType type, String actor, AuditSource source, String target) {
    return new AuditEntry(type, actor, null, null, source, target, null, null, null, null);
  }

  /** An entry about clinical data at {@code path} (its target is the path as text). */
  public static AuditEntry about(
      AuditEventType type, String actor, AuditSource source, ItemPath path) {
    return new AuditEntry(type, actor, null, null, source, path.toString(), null, null, null, path);
  }

  public AuditEntry withValues(String oldValue, String newValue) {
    return new AuditEntry(
        type, actor, actorRole, siteCode, source, target, oldValue, newValue, reason, path);
  }

  public AuditEntry withReason(String reason) {
    return new AuditEntry(
        type, actor, actorRole, siteCode, source, target, oldValue, newValue, reason, path);
  }

  public AuditEntry atSite(String siteCode, String actorRole) {
    return new AuditEntry(
        type, actor, actorRole, siteCode, source, target, oldValue, newValue, reason, path);
  }
}
