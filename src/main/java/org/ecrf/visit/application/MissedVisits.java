package org.ecrf.visit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.entry.application.EntryAccess;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.StudyEventData;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;
import org.ecrf.subject.domain.SubjectRepository;
import org.ecrf.subject.domain.SubjectStatus;
import org.ecrf.visit.domain.VisitDefinition;
import org.ecrf.visit.domain.VisitKind;

/**
 * A planned visit that did not take place: the site marks it missed with a reason, so that it stops
 * showing as overdue and the monitor sees why it is empty; a mark set in error is taken back with a
 * reason. Only protocol visits after randomisation can be missed, and only while nothing has been
 * entered for them (a visit with a date or a form took place). Both moves are audited.
 */
@ApplicationScoped
public class MissedVisits {

  /** Longest reason accepted, as for other reasons of the study record. */
  public static final int MAXIMUM_REASON_LENGTH = 1000;

  @Inject private SubjectService subjectService;
  @Inject private EntryAccess access;
  @Inject private SubjectRepository subjects;
  @Inject private DefinitionService definitions;
  @Inject private ClinicalDataRepository data;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;
  @Inject private Clock clock;

  /** Marks a planned visit of a randomised child as missed (site staff; data managers by API). */
  @Transactional
  public void markMissed(String studyOid, String subjectKey, String eventOid, String reason) {
    Subject subject = writableSubject(studyOid, subjectKey);
    String why = checkedReason(reason);
    requireMissable(studyOid, subject, eventOid);
    subjects.byKeyForUpdate(studyOid, subject.subjectKey());
    Optional<StudyEventData> existing = data.event(subject, eventOid, 1);
    if (existing.isPresent() && existing.get().missed()) {
      throw new ConflictException(
          "Visit " + eventOid + " of " + subject.subjectKey() + " is already marked missed");
    }
    if (existing.isPresent() && hasData(subject, existing.get())) {
      throw new ConflictException(
          "Visit "
              + eventOid
              + " of "
              + subject.subjectKey()
              + " has a visit date or entered forms, so it took place and cannot be missed");
    }
    StudyEventData event =
        existing.orElseGet(
            () -> {
              StudyEventData created =
                  new StudyEventData(
                      subject, eventOid, 1, currentUser.account().username(), clock.instant());
              data.add(created);
              return created;
            });
    event.markMissed(why);
    audit(AuditEventType.VISIT_MISSED, subject, eventOid, why, "not missed", "missed");
  }

  /** Takes back a "missed" mark set in error, so that the visit can be entered. */
  @Transactional
  public void revokeMissed(String studyOid, String subjectKey, String eventOid, String reason) {
    Subject subject = writableSubject(studyOid, subjectKey);
    String why = checkedReason(reason);
    subjects.byKeyForUpdate(studyOid, subject.subjectKey());
    StudyEventData event =
        data.event(subject, eventOid, 1)
            .filter(StudyEventData::missed)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "Visit "
                            + eventOid
                            + " of "
                            + subject.subjectKey()
                            + " is not marked missed"));
    event.revokeMissed();
    audit(AuditEventType.VISIT_MISSED_REVOKED, subject, eventOid, why, "missed", "not missed");
  }

  private Subject writableSubject(String studyOid, String subjectKey) {
    Subject subject = subjectService.visibleSubject(studyOid, subjectKey);
    if (!access.mayWrite(subject, currentUser.source())) {
      throw new AccessDeniedException(
          "Your roles do not allow recording visits of " + subject.subjectKey());
    }
    return subject;
  }

  private void requireMissable(String studyOid, Subject subject, String eventOid) {
    VisitDefinition visit =
        StudyVisits.of(definitions.current(studyOid).definition()).stream()
            .filter(v -> v.oid().equals(eventOid))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "event", "The study " + studyOid + " has no visit " + eventOid));
    if (visit.kind() != VisitKind.SCHEDULED) {
      throw new InvalidInputException(
          "event",
          "Only planned visits after screening can be missed; "
              + eventOid
              + " is "
              + visit.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    if (subject.status() != SubjectStatus.RANDOMISED) {
      throw new ConflictException(
          "Only visits of randomised children in the study can be missed; "
              + subject.subjectKey()
              + " is "
              + subject.status());
    }
  }

  private boolean hasData(Subject subject, StudyEventData event) {
    return event.visitDate().isPresent()
        || data.formsOf(subject).stream().anyMatch(form -> form.event().id().equals(event.id()));
  }

  private void audit(
      AuditEventType type,
      Subject subject,
      String eventOid,
      String reason,
      String before,
      String after) {
    ItemPath path =
        new ItemPath(subject.studyOid(), subject.subjectKey(), eventOid, 1, null, null, null, null);
    AuditEntry who = access.who(subject, currentUser.source());
    auditTrail.record(
        AuditEntry.about(type, who.actor(), who.source(), path)
            .atSite(who.siteCode(), who.actorRole())
            .withValues(before, after)
            .withReason(reason));
  }

  private static String checkedReason(String reason) {
    String trimmed = reason == null ? "" : reason.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidInputException("reason", "A reason is required");
    }
    if (trimmed.length() > MAXIMUM_REASON_LENGTH) {
      throw new InvalidInputException(
          "reason", "A reason has at most " + MAXIMUM_REASON_LENGTH + " characters");
    }
    return trimmed;
  }
}
