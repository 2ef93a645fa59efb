package org.ecrf.audit.application;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.ecrf.audit.domain.AuditChainHead;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEvent;
import org.ecrf.audit.domain.AuditEventRepository;

/**
 * The audit entries one transaction has recorded, appended to the hash chain just before that
 * transaction commits. The chain head is a single row that every appending transaction must lock;
 * locking it at the first event held it for the rest of the transaction (form checks, monitoring,
 * flushes), so concurrent saves queued behind each other. Appended at the end, the lock is held
 * only for the inserts and the commit, and the chain still follows the commit order.
 *
 * <p>It runs as a (non-interposed) JTA synchronization, so before the persistence provider writes
 * the transaction's changes; an error here rolls the whole transaction back, so a change is never
 * committed without its audit events.
 */
final class PendingAuditEvents implements Synchronization {

  private final AuditEventRepository repository;
  private final Clock clock;
  private final List<AuditEntry> entries = new ArrayList<>();

  PendingAuditEvents(AuditEventRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  void add(AuditEntry entry) {
    entries.add(entry);
  }

  @Override
  public void beforeCompletion() {
    if (entries.isEmpty()) {
      return;
    }
    AuditChainHead head = repository.lockChainHead();
    String previousHash = head.lastHash();
    List<AuditEvent> events = new ArrayList<>(entries.size());
    for (AuditEntry entry : entries) {
      AuditEvent event = AuditEvent.append(entry, clock.instant(), previousHash);
      events.add(event);
      previousHash = event.hash();
    }
    repository.append(events);
    head.advanceTo(events.get(events.size() - 1));
    repository.flush();
    entries.clear();
  }

  @Override
  public void afterCompletion(int status) {
    if (status != Status.STATUS_COMMITTED) {
      entries.clear();
    }
  }
}
