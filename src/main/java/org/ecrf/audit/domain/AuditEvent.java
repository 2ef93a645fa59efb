package org.ecrf.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One event of the audit trail. Immutable once made: there are no setters, and the database account
 * of the application may only insert and read this table.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = "AuditEvent.byTarget",
    query = "SELECT e FROM AuditEvent e WHERE e.target = :target ORDER BY e.id")
@NamedQuery(
    name = "AuditEvent.after",
    query = "SELECT e FROM AuditEvent e WHERE e.id > :id ORDER BY e.id")
@NamedQuery(
    name = "AuditEvent.byActorSince",
    query =
        "SELECT e FROM AuditEvent e WHERE e.actor = :actor AND e.occurredAt >= :since ORDER BY e.id")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, updatable = false)
  private AuditEventType type;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "actor_role", updatable = false)
  private String actorRole;

  @Column(name = "site_code", updatable = false)
  private String siteCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditSource source;

  @Column(updatable = false)
  private String target;

  @Column(name = "study_oid", updatable = false)
  private String studyOid;

  @Column(name = "subject_key", updatable = false)
  private String subjectKey;

  @Column(name = "event_oid", updatable = false)
  private String eventOid;

  @Column(name = "event_repeat", updatable = false)
  private Integer eventRepeat;

  @Column(name = "form_oid", updatable = false)
  private String formOid;

  @Column(name = "item_group_oid", updatable = false)
  private String itemGroupOid;

  @Column(name = "item_group_repeat", updatable = false)
  private Integer itemGroupRepeat;

  @Column(name = "item_oid", updatable = false)
  private String itemOid;

  @Column(name = "old_value", updatable = false)
  private String oldValue;

  @Column(name = "new_value", updatable = false)
  private String newValue;

  @Column(updatable = false)
  private String reason;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(nullable = false, updatable = false)
  private String hash;

  protected AuditEvent() {}

  /**
   * The event that follows the one whose hash is {@code previousHash}. The time is truncated to
   * microseconds, the precision the database keeps, so that the hash recomputed from the stored row
   * is the same.
   */
  public static AuditEvent append(AuditEntry entry, Instant now, String previousHash) {
    AuditEvent event = new AuditEvent();
    event.occurredAt = now.truncatedTo(ChronoUnit.MICROS);
    event.type = entry.type();
    event.actor = entry.actor();
    event.actorRole = entry.actorRole();
    event.siteCode = entry.siteCode();
    event.source = entry.source();
    event.target = entry.target();
    if (entry.path() != null) {
      event.studyOid = entry.path().studyOid();
      event.subjectKey = entry.path().subjectKey();
      event.eventOid = entry.path().eventOid();
      event.eventRepeat = entry.path().eventRepeat();
      event.formOid = entry.path().formOid();
      event.itemGroupOid = entry.path().itemGroupOid();
      event.itemGroupRepeat = entry.path().itemGroupRepeat();
      event.itemOid = entry.path().itemOid();
    }
    event.oldValue = entry.oldValue();
    event.newValue = entry.newValue();
    event.reason = entry.reason();
    event.previousHash = previousHash;
    event.hash = AuditHashChain.hash(previousHash, event.occurredAt, entry);
    return event;
  }

  /** The entry this event was made from, as stored. */
  public AuditEntry entry() {
    return new AuditEntry(
        type, actor, actorRole, siteCode, source, target, oldValue, newValue, reason, path());
  }

  /** Where in the clinical data, or {@code null} for an event about something else. */
  public ItemPath path() {
    if (studyOid == null && subjectKey == null) {
      return null;
    }
    return new ItemPath(
        studyOid,
        subjectKey,
        eventOid,
        eventRepeat,
        formOid,
        itemGroupOid,
        itemGroupRepeat,
        itemOid);
  }

  /** The stored fields and hashes, as the chain verifier reads them. */
  public AuditEventRow row() {
    return new AuditEventRow(id, occurredAt, previousHash, hash, entry());
  }

  /**
   * True when the stored hash is the hash of the stored fields after {@code expectedPreviousHash}.
   */
  public boolean chainsOnto(String expectedPreviousHash) {
    return previousHash.equals(expectedPreviousHash)
        && hash.equals(AuditHashChain.hash(previousHash, occurredAt, entry()));
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public AuditEventType type() {
    return type;
  }

  public String actor() {
    return actor;
  }

  public String target() {
    return target;
  }

  public String hash() {
    return hash;
  }

  public String previousHash() {
    return previousHash;
  }
}
