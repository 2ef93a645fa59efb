package org.ecrf.subject.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.FormRef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.crf.domain.SubjectContext;
import org.ecrf.entry.application.FormsOfVisit;
import org.ecrf.subject.application.MatrixPage;
import org.ecrf.subject.application.StartedVisit;
import org.ecrf.subject.domain.Subject;

/**
 * Lays out a page of subjects as matrix rows: one cell per study event of the definition, holding
 * the forms that apply to the child ({@link FormsOfVisit}, the same rule as the subject page and
 * data entry) with their status, or the number of repeats of a repeating visit.
 */
final class MatrixRows {

  private MatrixRows() {}

  /** The visit columns: every study event, in the definition's order. */
  static List<VisitColumn> columnsOf(StudyDefinition definition) {
    return definition.events().stream()
        .map(event -> new VisitColumn(event.oid(), event.name(), event.repeating()))
        .toList();
  }

  static List<MatrixRow> of(String studyOid, StudyDefinition definition, MatrixPage page) {
    Map<SubjectContext, Map<String, List<FormRef>>> applicable = new HashMap<>();
    return page.subjects().stream()
        .map(
            subject ->
                row(
                    studyOid,
                    definition,
                    subject,
                    page.visitsOf(subject.subjectKey()),
                    applicable.computeIfAbsent(
                        FormsOfVisit.contextOf(subject),
                        context -> applicableForms(definition, subject))))
        .toList();
  }

  private static MatrixRow row(
      String studyOid,
      StudyDefinition definition,
      Subject subject,
      List<StartedVisit> visits,
      Map<String, List<FormRef>> applicable) {
    List<MatrixCell> cells =
        definition.events().stream()
            .map(
                event ->
                    event.repeating()
                        ? new MatrixCell(
                            event.oid(), true, repeatsOf(event, visits), List.of(), false)
                        : new MatrixCell(
                            event.oid(),
                            false,
                            0,
                            icons(studyOid, definition, subject, event, visits, applicable),
                            missed(event, visits)))
            .toList();
    return new MatrixRow(
        subject.subjectKey(),
        subject.site().code(),
        subject.diagnosis().name(),
        subject.status().name(),
        subject.registeredAt(),
        cells);
  }

  private static boolean missed(StudyEventDef event, List<StartedVisit> visits) {
    return visits.stream()
        .anyMatch(visit -> visit.eventOid().equals(event.oid()) && visit.missed());
  }

  private static int repeatsOf(StudyEventDef event, List<StartedVisit> visits) {
    return (int) visits.stream().filter(visit -> visit.eventOid().equals(event.oid())).count();
  }

  private static List<FormIcon> icons(
      String studyOid,
      StudyDefinition definition,
      Subject subject,
      StudyEventDef event,
      List<StartedVisit> visits,
      Map<String, List<FormRef>> applicable) {
    Map<String, String> statuses =
        visits.stream()
            .filter(visit -> visit.eventOid().equals(event.oid()) && visit.repeatKey() == 1)
            .findFirst()
            .map(StartedVisit::formStatuses)
            .orElse(Map.of());
    return applicable.get(event.oid()).stream()
        .map(
            ref ->
                new FormIcon(
                    ref.formOid(),
                    definition.form(ref.formOid()).map(FormDef::name).orElse(ref.formOid()),
                    statuses.getOrDefault(ref.formOid(), FormIcon.NOT_STARTED),
                    entryQuery(studyOid, subject.subjectKey(), event.oid(), ref.formOid())))
        .toList();
  }

  /** The forms of each event that apply to a child like this one (same diagnosis, arm and sex). */
  private static Map<String, List<FormRef>> applicableForms(
      StudyDefinition definition, Subject subject) {
    Map<String, List<FormRef>> forms = new HashMap<>();
    for (StudyEventDef event : definition.events()) {
      forms.put(
          event.oid(),
          event.formRefs().stream()
              .filter(ref -> FormsOfVisit.applies(ref, definition, subject))
              .toList());
    }
    return forms;
  }

  static String entryQuery(String studyOid, String subjectKey, String eventOid, String formOid) {
    return "study="
        + encode(studyOid)
        + "&subject="
        + encode(subjectKey)
        + "&event="
        + encode(eventOid)
        + "&repeat=1&form="
        + encode(formOid);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
