package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.monitoring.application.ScopeSignatureResult.BlockingForm;
import org.ecrf.monitoring.application.ScopeSignatureResult.SignedForm;
import org.ecrf.monitoring.domain.FormLifecycle;
import org.ecrf.monitoring.domain.ScopeSigning;
import org.ecrf.monitoring.domain.SignatureScope;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;

/**
 * An investigator signs a whole visit or a subject's whole casebook with one password entry (issue
 * 7; 21 CFR 11.200): every stored form in the scope must be ready ({@link ScopeSigning}), else
 * nothing is signed and the answer lists the forms that block and why. Each form then gets its own
 * signature, bound to its own data version and recording the scope it was signed in, with a
 * FORM_SIGNED and a FORM_STATUS_CHANGED audit event per form, all in one transaction; a later
 * change of one form voids that form's signature only.
 */
@ApplicationScoped
public class ScopeSignatures {

  @Inject private SubjectService subjects;
  @Inject private ClinicalDataRepository data;
  @Inject private MonitoredForms forms;
  @Inject private MonitoringAccess access;
  @Inject private FormStatusService statuses;
  @Inject private Clock clock;

  /**
   * Signs the scope, or answers why not ({@link ScopeSignatureResult#refused}).
   *
   * @param eventOid the visit (scope VISIT); ignored for CASEBOOK
   * @param password the investigator's password, entered again; checked only when every form is
   *     ready
   * @throws AccessDeniedException not an investigator at the subject's site, a wrong password
   *     (counted towards lock-out) or a locked account
   * @throws InvalidInputException scope FORM, no visit named, or no password
   */
  @Transactional
  public ScopeSignatureResult sign(
      String studyOid,
      String subjectKey,
      SignatureScope scope,
      String eventOid,
      int eventRepeat,
      char[] password) {
    if (scope == SignatureScope.FORM) {
      throw new InvalidInputException(
          "scope", "A single form is signed through its transitions; scope is VISIT or CASEBOOK");
    }
    if (scope == SignatureScope.VISIT && (eventOid == null || eventOid.isBlank())) {
      throw new InvalidInputException("event", "A visit signature names the visit in \"event\"");
    }
    Subject subject = subjects.visibleSubject(studyOid, subjectKey);
    if (!access.rolesAt(subject).contains(Role.INVESTIGATOR)) {
      throw new AccessDeniedException(
          "Only an investigator of the subject's site may sign a visit or casebook.");
    }
    String event = scope == SignatureScope.VISIT ? eventOid.strip() : null;
    Map<FormAddress, MonitoredForm> monitored = new HashMap<>();
    List<ScopeSigning.Candidate<FormAddress>> candidates = new ArrayList<>();
    for (FormData form : data.formsOf(subject)) {
      if (event != null
          && !(form.event().eventOid().equals(event) && form.event().repeatKey() == eventRepeat)) {
        continue;
      }
      FormAddress address = address(studyOid, subject, form);
      MonitoredForm loaded = forms.load(address);
      monitored.put(address, loaded);
      candidates.add(
          new ScopeSigning.Candidate<>(address, loaded.facts(), loaded.signature().isPresent()));
    }
    ScopeSigning.Plan<FormAddress> plan = ScopeSigning.plan(candidates);
    if (plan.isBlocked()) {
      return refusal(scope, event, plan, monitored);
    }
    statuses.requirePassword(password);
    AuditEntry who = access.who(subject, FormLifecycle.rolesFor(FormStatus.SIGNED));
    Instant now = clock.instant();
    List<SignedForm> signed = new ArrayList<>();
    for (FormAddress address : plan.toSign()) {
      MonitoredForm form = monitored.get(address);
      statuses.signChecked(form, scope, who, now);
      signed.add(signedForm(address, form.started().version()));
    }
    statuses.flush(plan.toSign().get(0));
    return new ScopeSignatureResult(
        scope.name(),
        event,
        signed.size() + " form(s) signed as part of the " + label(scope, event) + ".",
        signed,
        already(plan, monitored),
        List.of());
  }

  private static ScopeSignatureResult refusal(
      SignatureScope scope,
      String event,
      ScopeSigning.Plan<FormAddress> plan,
      Map<FormAddress, MonitoredForm> monitored) {
    List<BlockingForm> blocked =
        plan.blockers().stream()
            .map(
                blocker -> {
                  FormAddress address = blocker.form();
                  return new BlockingForm(
                      address.eventOid(),
                      address.eventRepeat(),
                      address.formOid(),
                      monitored.get(address).started().status().name(),
                      blocker.reason());
                })
            .toList();
    String message =
        blocked.isEmpty()
            ? "Nothing in the "
                + label(scope, event)
                + " awaits a signature: "
                + (plan.alreadySigned().isEmpty()
                    ? "no form is stored."
                    : "every stored form is signed already.")
            : "The "
                + label(scope, event)
                + " cannot be signed; nothing was signed. Not ready: "
                + String.join(
                    "; ",
                    blocked.stream()
                        .map(b -> b.form() + " at " + b.event() + " (" + b.reason() + ")")
                        .toList());
    return new ScopeSignatureResult(
        scope.name(), event, message, List.of(), already(plan, monitored), blocked);
  }

  private static List<SignedForm> already(
      ScopeSigning.Plan<FormAddress> plan, Map<FormAddress, MonitoredForm> monitored) {
    return plan.alreadySigned().stream()
        .map(
            address ->
                signedForm(
                    address,
                    monitored.get(address).signature().map(s -> s.formVersion()).orElse(-1)))
        .toList();
  }

  private static SignedForm signedForm(FormAddress address, int version) {
    return new SignedForm(address.eventOid(), address.eventRepeat(), address.formOid(), version);
  }

  private static String label(SignatureScope scope, String event) {
    return scope == SignatureScope.VISIT ? "visit " + event : "casebook";
  }

  private static FormAddress address(String studyOid, Subject subject, FormData form) {
    return new FormAddress(
        studyOid,
        subject.subjectKey(),
        form.event().eventOid(),
        form.event().repeatKey(),
        form.formOid());
  }
}
