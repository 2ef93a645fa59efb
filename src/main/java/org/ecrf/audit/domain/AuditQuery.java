package org.ecrf.audit.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A question to the audit trail: the events at or below a place in one study's clinical data,
 * optionally by one user and within a period, newest first, one page at a time. Pages are bounded
 * ({@link #MAX_LIMIT}), so that no single read of the trail is unbounded.
 *
 * @param scope the place: study (required), then subject, visit (event OID and repeat key), form,
 *     item group (OID and repeat key) and item, each empty ({@code null}) when not narrowed; a
 *     repeat key narrows only together with its OID
 * @param actor the user name, or {@code null} for everybody
 * @param from the earliest time (inclusive), or {@code null}
 * @param until the time before which the events happened (exclusive), or {@code null}
 * @param offset how many of the matching events (newest first) to skip
 * @param limit how many events to return, 1 to {@link #MAX_LIMIT}
 */
public record AuditQuery(
    ItemPath scope, String actor, Instant from, Instant until, int offset, int limit) {

  /** The largest page one read returns. */
  public static final int MAX_LIMIT = 500;

  /** The page size when none is asked for. */
  public static final int DEFAULT_LIMIT = 50;

  public AuditQuery {
    Objects.requireNonNull(scope, "scope");
    if (scope.studyOid() == null || scope.studyOid().isBlank()) {
      throw new IllegalArgumentException("An audit query names its study");
    }
    if (scope.eventRepeat() != null && scope.eventOid() == null) {
      throw new IllegalArgumentException("A visit's repeat key narrows only with its event OID");
    }
    if (scope.itemGroupRepeat() != null && scope.itemGroupOid() == null) {
      throw new IllegalArgumentException("An item group's repeat key narrows only with its OID");
    }
    if (from != null && until != null && !from.isBefore(until)) {
      throw new IllegalArgumentException("The period " + from + " to " + until + " is empty");
    }
    if (offset < 0) {
      throw new IllegalArgumentException("The offset is 0 or more, not " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("The limit is 1 to " + MAX_LIMIT + ", not " + limit);
    }
  }

  /** Every event at or below {@code scope}, the first page of {@link #DEFAULT_LIMIT}. */
  public static AuditQuery of(ItemPath scope) {
    return new AuditQuery(scope, null, null, null, 0, DEFAULT_LIMIT);
  }

  public AuditQuery byActor(String actor) {
    return new AuditQuery(scope, actor, from, until, offset, limit);
  }

  public AuditQuery between(Instant from, Instant until) {
    return new AuditQuery(scope, actor, from, until, offset, limit);
  }

  public AuditQuery page(int offset, int limit) {
    return new AuditQuery(scope, actor, from, until, offset, limit);
  }

  /** The same question narrowed to one subject (its key as stored). */
  public AuditQuery ofSubject(String subjectKey) {
    ItemPath narrowed =
        new ItemPath(
            scope.studyOid(),
            subjectKey,
            scope.eventOid(),
            scope.eventRepeat(),
            scope.formOid(),
            scope.itemGroupOid(),
            scope.itemGroupRepeat(),
            scope.itemOid());
    return new AuditQuery(narrowed, actor, from, until, offset, limit);
  }

  /** What the history is of: the narrowest part of the scope that is given. */
  public Level level() {
    if (scope.itemOid() != null) {
      return Level.ITEM;
    }
    if (scope.itemGroupOid() != null) {
      return Level.ITEM_GROUP;
    }
    if (scope.formOid() != null) {
      return Level.FORM;
    }
    if (scope.eventOid() != null) {
      return Level.VISIT;
    }
    return scope.subjectKey() != null ? Level.SUBJECT : Level.STUDY;
  }

  /** The levels of clinical data a history can be of, widest first. */
  public enum Level {
    STUDY,
    SUBJECT,
    VISIT,
    FORM,
    ITEM_GROUP,
    ITEM
  }
}
