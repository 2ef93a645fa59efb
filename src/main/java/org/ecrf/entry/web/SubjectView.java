package org.ecrf.entry.web;

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

  private String study;
  private String subject;
  private SubjectHeader header;
  private List<VisitRow> visits;

  public void load() {
    Subject found = subjects.visibleSubject(study, subject);
    subject = found.subjectKey();
    StudyDefinition definition = definitions.current(study).definition();
    Map<FormKey, FormSummary> forms = queries.formsOf(study, subject);
    Map<VisitKey, Optional<LocalDate>> started = queries.visitsOf(study, subject);
    VisitSchedule schedule = visitSchedules.scheduleOf(study, subject);
    header = SubjectHeader.of(found);
    visits =
        definition.events().stream()
            .flatMap(
                event -> VisitRow.of(event, definition, found, forms, started, schedule).stream())
            .toList();
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

  public List<VisitRow> getVisits() {
    return visits;
  }
}
