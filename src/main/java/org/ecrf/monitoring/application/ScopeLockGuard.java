package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.application.FormDataSaved;
import org.ecrf.monitoring.domain.ScopeLock;
import org.ecrf.monitoring.domain.ScopeLockRepository;
import org.ecrf.monitoring.domain.ScopeLockRules;
import org.ecrf.shared.ConflictException;
import org.ecrf.subject.domain.Subject;

/**
 * Holds data entry to the scope locks ({@link ScopeLockRules}): a save of any form, started or not,
 * of a subject whose subject, site or study is frozen or locked is refused (409) naming the lock,
 * and a single form of such a subject is not reopened by hand. Data entry knows nothing of this:
 * the refusal is raised from monitoring's observer of the save, which rolls the save back.
 */
@ApplicationScoped
public class ScopeLockGuard {

  @Inject private ScopeLockRepository locks;

  /** The widest lock that holds for the subject, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ScopeLock> covering(Subject subject) {
    return ScopeLockRules.covering(
        locks.active(subject.studyOid()), subject.subjectKey(), subject.site().code());
  }

  /**
   * Refuses the save when a scope lock covers its subject.
   *
   * @throws ConflictException naming who locked which scope when and why
   */
  void requireSavable(FormDataSaved saved) {
    Subject subject = saved.form().event().subject();
    ScopeLockRules.saveRefusal(
            locks.activeForSave(subject.studyOid()),
            subject.subjectKey(),
            subject.site().code(),
            saved.address().formOid(),
            saved.who().source())
        .ifPresent(
            refusal -> {
              throw new ConflictException(refusal);
            });
  }

  /** Refuses to reopen one form of a subject a scope lock covers: the scope is unlocked instead. */
  void requireReopenable(Subject subject, FormAddress address) {
    covering(subject)
        .ifPresent(
            lock -> {
              throw new ConflictException(
                  address.formOid()
                      + " of "
                      + address.subjectKey()
                      + " cannot be reopened on its own: "
                      + lock.describe()
                      + ". Unlock the "
                      + lock.scopeLabel()
                      + " with a reason.");
            });
  }
}
