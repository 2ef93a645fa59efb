package org.ecrf.entry.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.entry.application.ClinicalDataQueries;
import org.ecrf.entry.application.ClinicalDataQueries.VisitKey;
import org.ecrf.entry.application.EntryAccess;
import org.ecrf.platform.web.Feedback;
import org.ecrf.platform.web.Texts;
import org.ecrf.randomization.application.Allocation;
import org.ecrf.randomization.application.RandomizationService;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;
import org.ecrf.subject.domain.SubjectStatus;
import org.ecrf.visit.application.MissedVisits;
import org.ecrf.visit.application.StudyVisits;
import org.ecrf.visit.application.VisitScheduleService;
import org.ecrf.visit.domain.VisitDefinition;
import org.ecrf.visit.domain.VisitKind;
import org.ecrf.visit.domain.VisitSchedule;
import org.omnifaces.cdi.ViewScoped;

/**
 * One subject ({@code subjects/subject.xhtml?study=TOPIT&subject=POT-0001}): who it is, and every
 * visit of the study with its forms and their status, each form one click from its entry page.
 * Forms that do not apply to the subject (say, the PUCAI for a child with Crohn's disease) are not
 * offered.
 */
@Named
@ViewScoped
public class SubjectView implements Serializable {

  @Inject private SubjectService subjects;
  @Inject private DefinitionService definitions;
  @Inject private ClinicalDataQueries queries;
  @Inject private VisitScheduleService visitSchedules;
  @Inject private MissedVisits missedVisits;
  @Inject private RandomizationService randomisation;
  @Inject private EntryAccess entryAccess;
  @Inject private CurrentUser currentUser;

  private String study;
  private String subject;
  private SubjectHeader header;
  private List<VisitRow> visits;
  private RandomisationPanel randomisationPanel;
  private boolean mayRecordScreeningFailure;
  private boolean mayRecordVisits;
  private String reason;
  private String selectedVisitOid;
  private String scheduleProblem;

  public void load() {
    Subject found = subjects.visibleSubject(study, subject);
    subject = found.subjectKey();
    StudyDefinition definition = definitions.current(study).definition();
    mayRecordVisits = entryAccess.mayWrite(found, AuditSource.PAGE);
    VisitSchedule schedule = visitSchedules.scheduleOf(study, subject);
    scheduleProblem = schedule.problem().orElse("");
    VisitRow.SubjectVisits known =
        new VisitRow.SubjectVisits(
            queries.formsOf(study, subject),
            queries.visitsOf(study, subject),
            schedule,
            missableVisits(found, definition));
    header = SubjectHeader.of(found);
    randomisationPanel =
        RandomisationPanel.of(
            randomisation.allocationOf(study, subject),
            randomisation.eligibility(study, subject),
            definition,
            FacesContext.getCurrentInstance().getViewRoot().getLocale(),
            mayRandomise(found));
    mayRecordScreeningFailure =
        !found.status().hasBeenRandomised()
            && !found.status().isFinal()
            && subjects.mayRecordScreeningFailure(found);
    visits =
        definition.events().stream()
            .flatMap(event -> VisitRow.of(event, definition, found, known).stream())
            .toList();
  }

  /** Randomises the child: the allocation is shown at once, or why it cannot be done. */
  public void randomise() {
    try {
      Allocation allocation = randomisation.allocate(study, subject);
      Feedback.info(Texts.get("randomisation.done", subject, Texts.get("arm." + allocation.arm())));
    } catch (ConflictException | AccessDeniedException e) {
      Feedback.error(e.getMessage());
    }
    load();
  }

  /** Records that the child left before randomisation, with the reason typed in the dialog. */
  public void recordScreeningFailure() {
    try {
      subjects.recordScreeningFailure(study, subject, reason);
      Feedback.info(Texts.get("screeningFailure.done", subject));
      reason = null;
    } catch (ConflictException | AccessDeniedException | InvalidInputException e) {
      Feedback.error(e.getMessage());
    }
    load();
  }

  /** Marks the visit chosen in the table as missed, with the reason typed in the dialog. */
  public void markMissed() {
    try {
      missedVisits.markMissed(study, subject, selectedVisitOid, reason);
      Feedback.info(Texts.get("missedVisit.done", getSelectedVisitName()));
      reason = null;
    } catch (ConflictException | AccessDeniedException | InvalidInputException e) {
      Feedback.error(e.getMessage());
    }
    load();
  }

  /** Takes back the missed mark of the visit chosen in the table, with the reason typed. */
  public void revokeMissed() {
    try {
      missedVisits.revokeMissed(study, subject, selectedVisitOid, reason);
      Feedback.info(Texts.get("missedVisit.revoked", getSelectedVisitName()));
      reason = null;
    } catch (ConflictException | AccessDeniedException | InvalidInputException e) {
      Feedback.error(e.getMessage());
    }
    load();
  }

  private Set<String> missableVisits(Subject child, StudyDefinition definition) {
    if (child.status() != SubjectStatus.RANDOMISED || !mayRecordVisits) {
      return Set.of();
    }
    return StudyVisits.of(definition).stream()
        .filter(visit -> visit.kind() == VisitKind.SCHEDULED)
        .map(VisitDefinition::oid)
        .collect(Collectors.toSet());
  }

  private boolean mayRandomise(Subject child) {
    String site = child.site().code();
    return currentUser.access().hasRoleAtSite(Role.INVESTIGATOR, site)
        || currentUser.access().hasRoleAtSite(Role.NURSE, site);
  }

  static List<Integer> repeatsOf(StudyEventDef event, Map<VisitKey, ?> started) {
    if (!event.repeating()) {
      return List.of(1);
    }
    List<Integer> existing =
        started.keySet().stream()
            .filter(key -> key.eventOid().equals(event.oid()))
            .map(VisitKey::repeatKey)
            .sorted()
            .toList();
    int next = existing.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    return Stream.concat(existing.stream(), Stream.of(next)).toList();
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public SubjectHeader getHeader() {
    return header;
  }

  public RandomisationPanel getRandomisation() {
    return randomisationPanel;
  }

  public List<VisitRow> getVisits() {
    return visits;
  }

  public boolean isMayRecordScreeningFailure() {
    return mayRecordScreeningFailure;
  }

  /** Why the visits cannot be planned from the infusions recorded so far; empty normally. */
  public String getScheduleProblem() {
    return scheduleProblem;
  }

  public boolean isMayRecordVisits() {
    return mayRecordVisits;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getSelectedVisitOid() {
    return selectedVisitOid;
  }

  /** The name of the visit chosen in the table, as the page shows it. */
  public String getSelectedVisitName() {
    return visits == null
        ? ""
        : visits.stream()
            .filter(visit -> visit.eventOid().equals(selectedVisitOid))
            .map(VisitRow::name)
            .findFirst()
            .orElse("");
  }

  public void setSelectedVisitOid(String selectedVisitOid) {
    this.selectedVisitOid = selectedVisitOid;
  }
}
