package org.ecrf.entry.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.entry.application.ClinicalDataQueries.FormKey;
import org.ecrf.entry.application.ClinicalDataQueries.FormSummary;
import org.ecrf.entry.application.ClinicalDataQueries.VisitKey;
import org.ecrf.entry.application.FormsOfVisit;
import org.ecrf.subject.domain.Subject;
import org.ecrf.visit.domain.ScheduledVisit;
import org.ecrf.visit.domain.VisitSchedule;

/** A visit of the subject page: the event, its repeat, its date if started, and its forms. */
public record VisitRow(
    String eventOid,
    String name,
    int repeatKey,
    boolean repeating,
    String date,
    Planning planning,
    List<FormCell> forms)
    implements Serializable {

  static List<VisitRow> of(
      StudyEventDef event,
      StudyDefinition definition,
      Subject subject,
      Map<FormKey, FormSummary> forms,
      Map<VisitKey, Optional<LocalDate>> started,
      VisitSchedule schedule) {
    return SubjectView.repeatsOf(event, started).stream()
        .map(
            repeat ->
                new VisitRow(
                    event.oid(),
                    event.name(),
                    repeat,
                    event.repeating(),
                    started
                        .getOrDefault(new VisitKey(event.oid(), repeat), Optional.empty())
                        .map(LocalDate::toString)
                        .orElse(""),
                    event.repeating() ? Planning.NONE : Planning.of(schedule, event.oid()),
                    event.formRefs().stream()
                        .filter(ref -> FormsOfVisit.applies(ref, definition, subject))
                        .map(
                            ref ->
                                FormCell.of(
                                    ref.formOid(),
                                    definition
                                        .form(ref.formOid())
                                        .map(f -> f.name())
                                        .orElse(ref.formOid()),
                                    forms.get(new FormKey(event.oid(), repeat, ref.formOid()))))
                        .toList()))
        .toList();
  }

  /**
   * Where a planned visit stands: planned date, window and status (upcoming, due, overdue, done,
   * out of window, not scheduled yet).
   */
  public record Planning(String plannedDate, String window, String status) implements Serializable {

    static final Planning NONE = new Planning("", "", "");

    static Planning of(VisitSchedule schedule, String eventOid) {
      return schedule.visits().stream()
          .filter(visit -> visit.oid().equals(eventOid))
          .findFirst()
          .map(VisitRow.Planning::of)
          .orElse(NONE);
    }

    private static Planning of(ScheduledVisit visit) {
      return new Planning(
          visit.plannedDate().map(LocalDate::toString).orElse(""),
          visit.window().map(w -> w.earliest() + " \u2013 " + w.latest()).orElse(""),
          visit.status().name());
    }
  }

  /** A form of a visit: not started, or its status. */
  public record FormCell(String oid, String name, String status) implements Serializable {

    static FormCell of(String oid, String name, FormSummary summary) {
      return new FormCell(oid, name, summary == null ? "NOT_STARTED" : summary.status().name());
    }
  }
}
