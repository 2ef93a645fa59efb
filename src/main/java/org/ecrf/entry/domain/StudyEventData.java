package org.ecrf.entry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.ecrf.subject.domain.Subject;

/**
 * One visit of a subject (an ODM StudyEventData): the event OID, its repeat key, and the actual
 * visit date, or the mark that the visit did not take place (missed, with the reason).
 */
@Entity
@Table(name = "study_event_data")
@NamedQuery(
    name = "StudyEventData.one",
    query =
        "SELECT e FROM StudyEventData e WHERE e.subject = :subject AND e.eventOid = :event AND e.repeatKey = :repeat")
@NamedQuery(
    name = "StudyEventData.ofSubject",
    query = "SELECT e FROM StudyEventData e WHERE e.subject = :subject ORDER BY e.id")
public class StudyEventData {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "subject_id", nullable = false, updatable = false)
  private Subject subject;

  @Column(name = "event_oid", nullable = false, updatable = false)
  private String eventOid;

  @Column(name = "repeat_key", nullable = false, updatable = false)
  private int repeatKey;

  @Column(name = "visit_date")
  private LocalDate visitDate;

  @Column(nullable = false)
  private boolean missed;

  @Column(name = "missed_reason")
  private String missedReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Version private int version;

  protected StudyEventData() {}

  public StudyEventData(
      Subject subject, String eventOid, int repeatKey, String createdBy, Instant now) {
    if (repeatKey < 1) {
      throw new IllegalArgumentException("A repeat key counts from 1, not " + repeatKey);
    }
    this.subject = subject;
    this.eventOid = eventOid;
    this.repeatKey = repeatKey;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public void setVisitDate(LocalDate visitDate) {
    if (missed && visitDate != null) {
      throw new IllegalStateException(
          "Visit " + eventOid + " is marked missed and cannot take a visit date");
    }
    this.visitDate = visitDate;
  }

  /** Marks the visit as not having taken place, for the reason given (checked by the caller). */
  public void markMissed(String reason) {
    if (visitDate != null) {
      throw new IllegalStateException(
          "Visit " + eventOid + " has the date " + visitDate + " and cannot be missed");
    }
    this.missed = true;
    this.missedReason = reason;
  }

  /** Takes back a "missed" mark set in error, so that the visit can be entered. */
  public void revokeMissed() {
    this.missed = false;
    this.missedReason = null;
  }

  public Long id() {
    return id;
  }

  public Subject subject() {
    return subject;
  }

  public String eventOid() {
    return eventOid;
  }

  public int repeatKey() {
    return repeatKey;
  }

  public Optional<LocalDate> visitDate() {
    return Optional.ofNullable(visitDate);
  }

  public boolean missed() {
    return missed;
  }

  /** Why the visit was missed; empty unless it is marked missed. */
  public Optional<String> missedReason() {
    return Optional.ofNullable(missedReason);
  }
}
