package org.ecrf.entry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.domain.ChangeSet;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.EntryContext;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.entry.domain.FormEvaluator;
import org.ecrf.entry.domain.FormValues;
import org.ecrf.entry.domain.StudyEventData;
import org.ecrf.entry.domain.SubjectFacts;
import org.ecrf.entry.domain.VisitContext;
import org.ecrf.platform.RollbackGuard;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.NotFoundException;
import org.ecrf.subject.domain.Subject;
import org.ecrf.subject.domain.SubjectRepository;

/**
 * Opening, evaluating and saving a form. A save is all or nothing: refused with every error when a
 * value is invalid, held back until a reason is given when saved values would change, refused when
 * someone else saved the form since the caller opened it, and otherwise written with an audit event
 * per change in the same transaction. Items the caller is blinded to ({@link VisibleItems}) keep
 * their stored values whatever a request sends for them. Every save is announced in that
 * transaction as a {@link FormDataSaved} event, which monitoring observes (form status, SDV,
 * automatic queries).
 */
@ApplicationScoped
public class DataEntryService {

  @Inject private SubjectRepository subjects;
  @Inject private ClinicalDataRepository data;
  @Inject private CrfDefinitionRegistry definitions;
  @Inject private CurrentUser currentUser;
  @Inject private EntryAccess access;
  @Inject private AuditTrail auditTrail;
  @Inject private Clock clock;
  @Inject private Event<FormDataSaved> saved;
  @Inject private RollbackGuard rollbackGuard;
  @Inject private PlatformDerivations derivations;
  @Inject private VisibleItems visibleItems;

  /**
   * A form for entry or review; any user who may see the subject's site may open it. The read runs
   * in a transaction of its own (or the caller's) so that it has one persistence context: outside
   * one, every row read again its visit, subject and site.
   */
  @Transactional
  public FormSession open(FormAddress address) {
    return open(read(address));
  }

  /** The stored form judged and opened for entry or review (see {@link #read}). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public FormSession open(StoredForm stored) {
    FormAddress address = stored.address();
    FormEvaluation evaluation =
        FormEvaluator.evaluate(
            stored.definition(),
            address.formOid(),
            stored.values(),
            stored.context(),
            derivations.forForm(stored.subject(), stored.definition(), stored.context()));
    Optional<FormData> form = stored.form();
    boolean editable =
        access.mayWrite(stored.subject(), AuditSource.PAGE)
            && !stored.event().map(StudyEventData::missed).orElse(false)
            && form.map(f -> f.status().acceptsChanges()).orElse(true);
    return new FormSession(
        address,
        stored.definition(),
        stored.values(),
        stored.version(),
        form.map(FormData::status),
        form.map(FormData::updatedAt),
        form.map(FormData::updatedBy),
        stored.event().flatMap(StudyEventData::visitDate),
        stored.context(),
        evaluation,
        editable);
  }

  /**
   * What is stored of a form, not yet judged: for a caller that lays values of its own over it
   * before evaluating (the import). Any user who may see the subject's site may read it.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public StoredForm read(FormAddress address) {
    Subject subject = access.visibleSubject(address);
    Optional<StudyEventData> event = data.event(subject, address.eventOid(), address.eventRepeat());
    Optional<FormData> form = event.flatMap(e -> data.form(e, address.formOid(), 1));
    StudyDefinition definition = definitionFor(address, form);
    FormsOfVisit.require(definition, address, subject);
    EntryContext context = context(subject, address, event.flatMap(StudyEventData::visitDate));
    return new StoredForm(address, subject, event, form, definition, context);
  }

  /**
   * Evaluates values as typed, without writing anything: skip logic, derived items and messages,
   * live.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public FormEvaluation evaluate(
      FormAddress address, FormValues values, Optional<LocalDate> visitDate) {
    Subject subject = access.visibleSubject(address);
    Optional<StudyEventData> event = data.event(subject, address.eventOid(), address.eventRepeat());
    Optional<FormData> form = event.flatMap(e -> data.form(e, address.formOid(), 1));
    StudyDefinition definition = definitionFor(address, form);
    EntryContext context =
        context(subject, address, visitDate.or(() -> event.flatMap(StudyEventData::visitDate)));
    FormValues visible =
        visibleItems.blindedItems(definition, subject).keepStored(values, storedValues(form));
    return FormEvaluator.evaluate(
        definition,
        address.formOid(),
        visible,
        context,
        derivations.forForm(subject, definition, context));
  }

  /** Saves a whole form (see the class comment for what is refused and why). */
  @Transactional
  public SaveOutcome save(SaveCommand command) {
    FormAddress address = command.address();
    Subject subject = access.visibleSubject(address);
    if (!access.mayWrite(subject, command.source())) {
      throw new AccessDeniedException(
          "Your roles do not allow entering data for " + subject.subjectKey());
    }
    StudyEventData event = eventFor(subject, address);
    SaveConflicts.requireNotMissed(event, address);
    Optional<FormData> existing = data.form(event, address.formOid(), 1);
    SaveConflicts.requireExpectedVersion(existing, command.expectedVersion(), address);
    existing.ifPresent(SaveConflicts::requireChangeable);
    StudyDefinition definition = definitionFor(address, existing);
    FormsOfVisit.require(definition, address, subject);
    EntryContext context = context(subject, address, command.visitDate().or(event::visitDate));
    FormValues values =
        visibleItems
            .blindedItems(definition, subject)
            .keepStored(command.values(), storedValues(existing));
    FormEvaluation evaluation =
        FormEvaluator.evaluate(
            definition,
            address.formOid(),
            values,
            context,
            derivations.forForm(subject, definition, context));
    if (evaluation.hasErrors()) {
      return new SaveOutcome(
          SaveOutcome.Status.REFUSED, evaluation, versionOf(existing), List.of());
    }
    FormValues stored = storedValues(existing);
    ChangeSet changes = ChangeSet.between(stored, evaluation);
    if (changes.needsReason() && (command.reason() == null || command.reason().isBlank())) {
      return new SaveOutcome(
          SaveOutcome.Status.REASON_REQUIRED,
          evaluation,
          versionOf(existing),
          changes.changesNeedingReason());
    }
    Instant now = clock.instant();
    AuditEntry who = access.who(subject, command.source());
    FormData form = existing.orElseGet(() -> startForm(event, address, definition, who, now));
    FormChanges writer = new FormChanges(auditTrail, who, formPath(address), now);
    writer.apply(form, changes, evaluation, command.reason());
    writer.recordConfirmations(form, evaluation);
    boolean visitDateChanged =
        command.visitDate().map(date -> writer.setVisitDate(event, date)).orElse(false);
    saved.fire(
        new FormDataSaved(
            address,
            form,
            changes,
            writer.confirmedWarnings(),
            visitDateChanged,
            evaluation,
            who,
            now));
    form.touch(who.actor(), now);
    flush(address);
    rollbackGuard.requireCommittable(address.toString());
    return new SaveOutcome(
        SaveOutcome.Status.SAVED, evaluation, form.version(), changes.itemChanges());
  }

  private FormData startForm(
      StudyEventData event,
      FormAddress address,
      StudyDefinition definition,
      AuditEntry who,
      Instant now) {
    FormData form =
        new FormData(
            event, address.formOid(), definition.header().metaDataVersionOid(), who.actor(), now);
    data.add(form);
    auditTrail.record(
        new AuditEntry(
            AuditEventType.FORM_STARTED,
            who.actor(),
            who.actorRole(),
            who.siteCode(),
            who.source(),
            formPath(address).toString(),
            null,
            definition.header().metaDataVersionOid(),
            null,
            formPath(address)));
    return form;
  }

  private StudyEventData eventFor(Subject subject, FormAddress address) {
    Optional<StudyEventData> found = data.event(subject, address.eventOid(), address.eventRepeat());
    if (found.isPresent()) {
      return found.get();
    }
    subjects.byKeyForUpdate(address.studyOid(), subject.subjectKey());
    return data.event(subject, address.eventOid(), address.eventRepeat())
        .orElseGet(
            () -> {
              StudyEventData event =
                  new StudyEventData(
                      subject,
                      address.eventOid(),
                      address.eventRepeat(),
                      currentUser.account().username(),
                      clock.instant());
              data.add(event);
              return event;
            });
  }

  private void flush(FormAddress address) {
    try {
      data.flush();
    } catch (OptimisticLockException e) {
      throw SaveConflicts.concurrentSave(address);
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException || SaveConflicts.isDuplicate(e)) {
        throw SaveConflicts.concurrentSave(address);
      }
      throw e;
    }
  }

  private static FormValues storedValues(Optional<FormData> form) {
    return form.map(FormData::storedValues).orElse(FormValues.empty());
  }

  private static int versionOf(Optional<FormData> form) {
    return form.map(FormData::version).orElse(FormSession.NOT_STARTED);
  }

  /** The MetaDataVersion the form was entered under; the study's current one for a new form. */
  private StudyDefinition definitionFor(FormAddress address, Optional<FormData> form) {
    return form.map(f -> definitions.version(address.studyOid(), f.metaDataVersion()))
        .orElseGet(() -> definitions.current(address.studyOid()))
        .orElseThrow(() -> new NotFoundException("No study " + address.studyOid()))
        .definition();
  }

  private static EntryContext context(
      Subject subject, FormAddress address, Optional<LocalDate> visitDate) {
    return new EntryContext(
        subject.subjectKey(),
        SubjectFacts.of(
            subject.sex(),
            subject.birthMonth().value(),
            subject.diagnosis(),
            subject.armCode().orElse(null)),
        new VisitContext(address.eventOid(), address.eventRepeat(), visitDate));
  }

  private static ItemPath formPath(FormAddress address) {
    return ItemPath.form(
        address.studyOid(),
        address.subjectKey(),
        address.eventOid(),
        address.eventRepeat(),
        address.formOid());
  }
}
