package org.ecrf.audit.domain;

import java.util.List;

/** Storage of audit events: append and read, never change. */
public interface AuditEventRepository {

  /** The chain head, locked until the end of the current transaction. */
  AuditChainHead lockChainHead();

  /** Stores the event and assigns its id. */
  void append(AuditEvent event);

  List<AuditEvent> byTarget(String target);
}
