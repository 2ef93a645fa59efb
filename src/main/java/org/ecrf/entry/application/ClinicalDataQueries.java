package org.ecrf.entry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.entry.domain.StudyEventData;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;

/**
 * What a subject's visits and forms look like so far, for the subject page and the subject matrix.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClinicalDataQueries {

  @Inject private ClinicalDataRepository data;
  @Inject private SubjectService subjects;

  /**
   * The subject's started forms by visit and form, with status and last change (site access
   * checked).
   */
  public Map<FormKey, FormSummary> formsOf(String studyOid, String subjectKey) {
    Subject subject = subjects.visibleSubject(studyOid, subjectKey);
    Map<FormKey, FormSummary> forms = new LinkedHashMap<>();
    for (FormData form : data.formsOf(subject)) {
      forms.put(
          new FormKey(form.event().eventOid(), form.event().repeatKey(), form.formOid()),
          new FormSummary(
              form.status(),
              form.version(),
              form.updatedAt(),
              form.updatedBy(),
              form.metaDataVersion()));
    }
    return forms;
  }

  /**
   * The subject's visits that have been started or marked missed, by event and repeat key, with
   * their dates and missed reasons.
   */
  public Map<VisitKey, VisitSummary> visitsOf(String studyOid, String subjectKey) {
    Subject subject = subjects.visibleSubject(studyOid, subjectKey);
    Map<VisitKey, VisitSummary> visits = new LinkedHashMap<>();
    for (StudyEventData event : data.eventsOf(subject)) {
      visits.put(
          new VisitKey(event.eventOid(), event.repeatKey()),
          new VisitSummary(event.visitDate(), event.missedReason()));
    }
    return visits;
  }

  /** A visit of a subject: event OID and repeat key. */
  public record VisitKey(String eventOid, int repeatKey) {}

  /** A visit's date, or why it was missed (both empty for a visit just started). */
  public record VisitSummary(Optional<LocalDate> date, Optional<String> missedReason) {

    public boolean missed() {
      return missedReason.isPresent();
    }
  }

  /** A form of a subject: the visit (event OID and repeat key) and the form OID. */
  public record FormKey(String eventOid, int eventRepeat, String formOid) {}

  /** A started form's status, version and last change. */
  public record FormSummary(
      FormStatus status,
      int version,
      Instant updatedAt,
      String updatedBy,
      String metaDataVersion) {}
}
