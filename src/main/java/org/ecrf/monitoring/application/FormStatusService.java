package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.monitoring.domain.FormLifecycle;
import org.ecrf.monitoring.domain.FormSignature;
import org.ecrf.monitoring.domain.FormSignatureRepository;
import org.ecrf.monitoring.domain.SignatureScope;
import org.ecrf.monitoring.domain.TransitionDecision;
import org.ecrf.security.application.AccountService;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;

/**
 * A form's monitoring status, and its moves along the lifecycle ({@link FormLifecycle}): each move
 * is checked against the caller's roles at the subject's site and the form's state, and recorded as
 * a FORM_STATUS_CHANGED audit event (old and new status, reason) in the same transaction. Signing
 * needs the investigator's password again (21 CFR 11.200; a wrong one counts towards the account's
 * lock-out, 11.300) and records a FORM_SIGNED event with the signature's printed name, time and
 * meaning; reopening a frozen or locked form voids a signature still on it, visibly
 * (SIGNATURE_VOIDED), and is refused while a scope lock covers the form's subject.
 */
@ApplicationScoped
public class FormStatusService {

  @Inject private MonitoredForms forms;
  @Inject private MonitoringAccess access;
  @Inject private MonitoringAudit audit;
  @Inject private ClinicalDataRepository data;
  @Inject private FormSignatureRepository signatures;
  @Inject private AccountService accounts;
  @Inject private ScopeLockGuard scopeLocks;
  @Inject private Clock clock;

  /** The form's status, SDV still pending, signature and open queries. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public FormMonitoringStatus status(FormAddress address) {
    return view(forms.load(address));
  }

  /**
   * Moves the form to {@code target}.
   *
   * @param password the caller's password, required to sign
   * @param reason required to reopen a frozen or locked form
   * @throws AccessDeniedException the caller's roles do not make this move, or the password is
   *     wrong
   * @throws ConflictException the form's state forbids the move (the message says why)
   */
  @Transactional
  public FormMonitoringStatus transition(
      FormAddress address, FormStatus target, char[] password, String reason) {
    MonitoredForm monitored = forms.load(address);
    FormData form = monitored.started();
    Set<Role> roles = access.rolesAt(monitored.subject());
    TransitionDecision decision = FormLifecycle.decide(monitored.facts(), target, roles, reason);
    switch (decision.verdict()) {
      case NOT_PERMITTED -> throw new AccessDeniedException(decision.reason());
      case CONFLICT -> throw new ConflictException(decision.reason());
      case ALLOWED -> {}
    }
    if (target == FormStatus.IN_PROGRESS) {
      scopeLocks.requireReopenable(monitored.subject(), address);
    }
    if (target == FormStatus.SIGNED) {
      requirePassword(password);
    }
    AuditEntry who = access.who(monitored.subject(), FormLifecycle.rolesFor(target));
    Instant now = clock.instant();
    if (target == FormStatus.SIGNED) {
      sign(monitored, form, SignatureScope.FORM, who, now);
    }
    if (target == FormStatus.IN_PROGRESS) {
      monitored
          .signature()
          .ifPresent(signature -> voidSignature(address, signature, who, now, reason));
    }
    changeStatus(address, form, target, who, reason);
    flush(address);
    return view(forms.load(address));
  }

  /** The form's monitoring state as shown, with the scope lock that holds for it. */
  FormMonitoringStatus view(MonitoredForm monitored) {
    return FormStatusViews.of(monitored, access, scopeLocks.covering(monitored.subject()));
  }

  /** Records a status move of the form, by a user or by the platform. */
  void changeStatus(
      FormAddress address, FormData form, FormStatus target, AuditEntry who, String reason) {
    FormStatus before = form.status();
    form.setStatus(target);
    audit.record(
        who,
        AuditEventType.FORM_STATUS_CHANGED,
        MonitoringAudit.formPath(address),
        before.name(),
        target.name(),
        reason);
  }

  /** Voids a signature whose data changed or whose form was reopened, visibly in the audit. */
  void voidSignature(
      FormAddress address, FormSignature signature, AuditEntry who, Instant now, String reason) {
    signature.voidBy(who.actor(), now, reason);
    audit.record(
        who,
        AuditEventType.SIGNATURE_VOIDED,
        MonitoringAudit.formPath(address),
        signature.describe(),
        null,
        reason);
  }

  /**
   * Signs a form whose move to SIGNED was decided and whose signer's password was checked, as part
   * of a signing of {@code scope}, and moves it to SIGNED.
   */
  void signChecked(MonitoredForm monitored, SignatureScope scope, AuditEntry who, Instant now) {
    FormData form = monitored.started();
    sign(monitored, form, scope, who, now);
    changeStatus(monitored.address(), form, FormStatus.SIGNED, who, null);
  }

  private void sign(
      MonitoredForm monitored, FormData form, SignatureScope scope, AuditEntry who, Instant now) {
    FormSignature signature =
        new FormSignature(form, who.actor(), access.displayName(), now, scope);
    signatures.add(signature);
    audit.record(
        who,
        AuditEventType.FORM_SIGNED,
        MonitoringAudit.formPath(monitored.address()),
        null,
        signature.describe() + " (form version " + signature.formVersion() + ")",
        null);
  }

  /**
   * Checks the password entered again to sign: a wrong one counts towards the account's lock-out as
   * a failed sign-in does, and a locked account cannot sign.
   *
   * @throws InvalidInputException no password
   * @throws AccessDeniedException wrong password, or a locked or deactivated account
   */
  void requirePassword(char[] password) {
    if (password == null || password.length == 0) {
      throw new InvalidInputException("password", "Signing needs your password, entered again");
    }
    accounts.checkPasswordForSignature(password);
  }

  /** Writes the changes now, so that a concurrent save of the form is refused here. */
  void flush(FormAddress address) {
    try {
      data.flush();
    } catch (OptimisticLockException e) {
      throw changedMeanwhile(address);
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw changedMeanwhile(address);
      }
      throw e;
    }
  }

  static ConflictException changedMeanwhile(FormAddress address) {
    return new ConflictException(
        address.formOid()
            + " of "
            + address.subjectKey()
            + " was changed by someone else at the same moment; nothing was changed. Look at"
            + " the form again.");
  }
}
