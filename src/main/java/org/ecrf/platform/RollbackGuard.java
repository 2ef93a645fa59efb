package org.ecrf.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Makes sure a change is acknowledged only when it can commit. A runtime exception that crosses a
 * {@code @Transactional} method marks the whole transaction for rollback even when a caller catches
 * it; the container then rolls back silently at the end, and a caller that answered "saved" would
 * have lied. Writing services ask here before they answer.
 */
@ApplicationScoped
public class RollbackGuard {

  @Resource private TransactionSynchronizationRegistry transaction;

  /**
   * Throws when the current transaction can no longer commit, naming what would have been lost.
   *
   * @param what the change, e.g. {@code TOPIT/POT-0001/SE.WEEK6[1]/F.INFUSION}
   */
  public void requireCommittable(String what) {
    if (transaction.getRollbackOnly()) {
      throw new IllegalStateException(
          "An earlier error in this transaction stopped the change of "
              + what
              + "; nothing of it was stored");
    }
  }
}
