package org.ecrf.audit.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEvent;
import org.ecrf.audit.domain.AuditEventRepository;

/**
 * Appends events to the hash-chained audit trail. It must run inside the transaction of the change
 * it records ({@code MANDATORY}): the change and its audit events are committed together or not at
 * all. The events of a transaction join the chain just before it commits ({@link
 * PendingAuditEvents}), in the order they were recorded.
 */
@ApplicationScoped
public class AuditTrail {

  /** Payara's name for the JTA transaction manager (the standard names only the registry). */
  static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";

  private static final Object PENDING = PendingAuditEvents.class;

  @Inject private AuditEventRepository repository;
  @Inject private Clock clock;
  @Resource private TransactionSynchronizationRegistry registry;

  @Resource(lookup = TRANSACTION_MANAGER)
  private TransactionManager transactions;

  /** Records an event of the current transaction; it is appended when the transaction commits. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(AuditEntry entry) {
    pendingEvents().add(entry);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEvent> eventsAbout(String target) {
    return repository.byTarget(target);
  }

  /**
   * The current transaction's pending events, registered on first use as a regular (not interposed)
   * synchronization: those run before the interposed one through which the persistence provider
   * writes its changes.
   */
  private PendingAuditEvents pendingEvents() {
    PendingAuditEvents pending = (PendingAuditEvents) registry.getResource(PENDING);
    if (pending == null) {
      pending = new PendingAuditEvents(repository, clock);
      try {
        transactions.getTransaction().registerSynchronization(pending);
      } catch (RollbackException | SystemException e) {
        throw new IllegalStateException(
            "The transaction can no longer record audit events (" + e.getMessage() + ")", e);
      }
      registry.putResource(PENDING, pending);
    }
    return pending;
  }
}
