package org.ecrf.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message of a query's thread, with its author and the status it left the query in. */
@Entity
@Table(name = "query_message")
public class QueryMessage {

  /** The longest message text the table holds. */
  public static final int MAX_TEXT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "query_id", nullable = false, updatable = false)
  private DataQuery query;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(name = "author_role", updatable = false)
  private String authorRole;

  @Column(nullable = false, updatable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_after", nullable = false, updatable = false)
  private QueryStatus statusAfter;

  protected QueryMessage() {}

  QueryMessage(
      DataQuery query,
      String author,
      String authorRole,
      String text,
      QueryStatus statusAfter,
      Instant writtenAt) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A query message needs a text");
    }
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "A query message has at most " + MAX_TEXT + " characters, not " + text.length());
    }
    this.query = query;
    this.author = author;
    this.authorRole = authorRole;
    this.text = text.strip();
    this.statusAfter = statusAfter;
    this.writtenAt = writtenAt;
  }

  public Instant writtenAt() {
    return writtenAt;
  }

  public String author() {
    return author;
  }

  public String authorRole() {
    return authorRole;
  }

  public String text() {
    return text;
  }

  public QueryStatus statusAfter() {
    return statusAfter;
  }
}
