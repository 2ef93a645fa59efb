package org.ecrf.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ecrf.audit.domain.AuditChainHead;
import org.ecrf.audit.domain.AuditChainVerifier;
import org.ecrf.audit.domain.AuditChainVerifier.ChainVerification;
import org.ecrf.audit.domain.AuditEventRepository;
import org.ecrf.audit.domain.AuditEventRow;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;

/**
 * Verifies the whole audit trail: reads it in id order, a batch at a time, and recomputes every
 * hash. The trail is one chain for the whole platform, so any study's verification covers every
 * event.
 */
@ApplicationScoped
public class AuditVerification {

  private static final int BATCH = 2000;

  @Inject private AuditEventRepository repository;
  @Inject private CurrentUser currentUser;

  /**
   * Data managers and sponsors verify the trail. One read transaction sees one consistent snapshot
   * (InnoDB's repeatable read), so events appended meanwhile by others are neither half-seen nor
   * mistaken for forgeries.
   */
  @Transactional
  public ChainVerification verifyTrail() {
    currentUser.requireAnyRole(Role.DATA_MANAGER, Role.SPONSOR);
    AuditChainHead head = repository.chainHead();
    AuditChainVerifier verifier = new AuditChainVerifier();
    long after = 0;
    List<AuditEventRow> batch;
    do {
      batch = repository.rowsAfter(after, BATCH);
      for (AuditEventRow row : batch) {
        verifier.accept(row);
        after = row.id();
      }
    } while (batch.size() == BATCH);
    return verifier.finish(head.lastEventId(), head.lastHash());
  }
}
