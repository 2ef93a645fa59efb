package org.ecrf.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.ecrf.audit.domain.AuditChainHead;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEvent;
import org.ecrf.audit.domain.AuditEventRepository;

/**
 * Appends events to the hash-chained audit trail. It must run inside the transaction of the change
 * it records ({@code MANDATORY}): the change and its audit event are committed together or not at
 * all.
 */
@ApplicationScoped
public class AuditTrail {

  private final AuditEventRepository repository;
  private final Clock clock;

  @Inject
  public AuditTrail(AuditEventRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** CDI proxy constructor. */
  protected AuditTrail() {
    this(null, null);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEvent record(AuditEntry entry) {
    AuditChainHead head = repository.lockChainHead();
    AuditEvent event = AuditEvent.append(entry, clock.instant(), head.lastHash());
    repository.append(event);
    head.advanceTo(event);
    return event;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEvent> eventsAbout(String target) {
    return repository.byTarget(target);
  }
}
