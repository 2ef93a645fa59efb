package org.ecrf.entry.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.entry.application.ClinicalDataQueries;
import org.ecrf.entry.application.ClinicalDataQueries.FormKey;
import org.ecrf.entry.application.ClinicalDataQueries.FormSummary;
import org.ecrf.entry.application.ClinicalDataQueries.VisitKey;
import org.ecrf.platform.web.Feedback;
import org.ecrf.platform.web.Texts;
import org.ecrf.randomization.application.Allocation;
import org.ecrf.randomization.application.RandomizationService;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.ConflictException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;
import org.ecrf.visit.application.VisitScheduleService;
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
  @Inject private RandomizationService randomisation;
  @Inject private CurrentUser currentUser;

  private String study;
  private String subject;
  private SubjectHeader header;
  private List<VisitRow> visits;
  private RandomisationPanel randomisationPanel;

  public void load() {
    Subject found = subjects.visibleSubject(study, subject);
    subject = found.subjectKey();
    StudyDefinition definition = definitions.current(study).definition();
    Map<FormKey, FormSummary> forms = queries.formsOf(study, subject);
    Map<VisitKey, Optional<LocalDate>> started = queries.visitsOf(study, subject);
    VisitSchedule schedule = visitSchedules.scheduleOf(study, subject);
    header = SubjectHeader.of(found);
    randomisationPanel =
        RandomisationPanel.of(
            randomisation.allocationOf(study, subject),
            randomisation.eligibility(study, subject),
            definition,
            FacesContext.getCurrentInstance().getViewRoot().getLocale(),
            mayRandomise(found));
    visits =
        definition.events().stream()
            .flatMap(
                event -> VisitRow.of(event, definition, found, forms, started, schedule).stream())
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
}
