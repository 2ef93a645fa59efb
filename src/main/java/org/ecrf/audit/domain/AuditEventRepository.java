package org.ecrf.audit.domain;

import java.util.List;

/** Storage of audit events: append and read, never change. */
public interface AuditEventRepository {

  /** The chain head, locked until the end of the current transaction. */
  AuditChainHead lockChainHead();

  /** Stores the events so that their ids follow their order in the list, and assigns the ids. */
  void append(List<AuditEvent> events);

  /** Writes what the current transaction changed so far (the chain head's advance). */
  void flush();

  List<AuditEvent> byTarget(String target);

  /**
   * Up to {@code limit} events after {@code id}, in id order, read-only (not kept in the
   * persistence context).
   */
  List<AuditEventRow> rowsAfter(long id, int limit);

  /** The chain head as stored (not locked). */
  AuditChainHead chainHead();

  /**
   * One page of the events that answer the query among those of the visible subjects, newest first,
   * read-only (not kept in the persistence context).
   */
  List<AuditEvent> find(AuditQuery query, SubjectScope subjects);

  /** How many events answer the query among those of the visible subjects (all pages). */
  long count(AuditQuery query, SubjectScope subjects);
}
