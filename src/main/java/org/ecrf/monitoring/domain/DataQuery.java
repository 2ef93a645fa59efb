package org.ecrf.monitoring.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ecrf.subject.domain.Subject;

/**
 * A data query (a discrepancy note): a question about a subject's visit, form or item value, raised
 * by a monitor or data manager or by the platform, with its thread of messages and its status.
 * Whether a message may move the status is decided by {@link QueryRules} before it is added.
 */
@Entity
@Table(name = "data_query")
@NamedQuery(
    name = "DataQuery.ofSubject",
    query = "SELECT q FROM DataQuery q WHERE q.subject = :subject ORDER BY q.id")
@NamedQuery(
    name = "DataQuery.unresolvedOfForm",
    query =
        "SELECT q FROM DataQuery q WHERE q.subject = :subject AND q.eventOid = :event"
            + " AND q.eventRepeat = :repeat AND q.formOid = :form"
            + " AND q.status <> org.ecrf.monitoring.domain.QueryStatus.CLOSED ORDER BY q.id")
@NamedQuery(
    name = "DataQuery.ofSubjects",
    query = "SELECT q FROM DataQuery q WHERE q.subject IN :subjects ORDER BY q.id")
@NamedQuery(
    name = "DataQuery.automaticOnVisits",
    query =
        "SELECT q FROM DataQuery q WHERE q.subject = :subject AND q.formOid IS NULL"
            + " AND q.origin = org.ecrf.monitoring.domain.QueryOrigin.AUTOMATIC ORDER BY q.id")
public class DataQuery {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "subject_id", nullable = false, updatable = false)
  private Subject subject;

  @Column(name = "event_oid", nullable = false, updatable = false)
  private String eventOid;

  @Column(name = "event_repeat", nullable = false, updatable = false)
  private int eventRepeat;

  @Column(name = "form_oid", updatable = false)
  private String formOid;

  @Column(name = "item_group_oid", updatable = false)
  private String itemGroupOid;

  @Column(name = "item_group_repeat", updatable = false)
  private Integer itemGroupRepeat;

  @Column(name = "item_oid", updatable = false)
  private String itemOid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private QueryStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private QueryOrigin origin;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Column(name = "raised_by", nullable = false, updatable = false)
  private String raisedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  @OneToMany(mappedBy = "query", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<QueryMessage> messages = new ArrayList<>();

  protected DataQuery() {}

  /** A new open query with its first message (the question). */
  public DataQuery(
      Subject subject,
      QueryTarget target,
      QueryOrigin origin,
      String raisedBy,
      String raisedByRole,
      String question,
      Instant now) {
    this.subject = subject;
    this.eventOid = target.eventOid();
    this.eventRepeat = target.eventRepeat();
    this.formOid = target.formOid();
    this.itemGroupOid = target.itemGroupOid();
    this.itemGroupRepeat = target.itemGroupRepeat();
    this.itemOid = target.itemOid();
    this.origin = origin;
    this.raisedBy = raisedBy;
    this.raisedAt = now;
    this.status = QueryStatus.OPEN;
    this.updatedAt = now;
    messages.add(new QueryMessage(this, raisedBy, raisedByRole, question, status, now));
  }

  /** Adds a message that leaves the query in {@code next} (checked by {@link QueryRules}). */
  public QueryMessage post(
      String author, String authorRole, String text, QueryStatus next, Instant now) {
    QueryMessage message = new QueryMessage(this, author, authorRole, text, next, now);
    messages.add(message);
    this.status = next;
    this.updatedAt = now;
    return message;
  }

  public QueryTarget target() {
    return new QueryTarget(eventOid, eventRepeat, formOid, itemGroupOid, itemGroupRepeat, itemOid);
  }

  public Long id() {
    return id;
  }

  public Subject subject() {
    return subject;
  }

  public QueryStatus status() {
    return status;
  }

  public QueryOrigin origin() {
    return origin;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public String raisedBy() {
    return raisedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public List<QueryMessage> messages() {
    return List.copyOf(messages);
  }
}
