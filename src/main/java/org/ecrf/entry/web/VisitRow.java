package org.ecrf.entry.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.entry.application.ClinicalDataQueries.FormKey;
import org.ecrf.entry.application.ClinicalDataQueries.FormSummary;
import org.ecrf.entry.application.ClinicalDataQueries.VisitKey;
import org.ecrf.entry.application.ClinicalDataQueries.VisitSummary;
import org.ecrf.entry.application.FormsOfVisit;
import org.ecrf.subject.domain.Subject;
import org.ecrf.visit.domain.ScheduledVisit;
import org.ecrf.visit.domain.VisitSchedule;
import org.ecrf.visit.domain.VisitStatus;

/**
 * A visit of the subject page: the event, its repeat, its date if started or why it was missed,
 * whether the user may mark it missed, and its forms.
 */
public record VisitRow(
    String eventOid,
    String name,
    int repeatKey,
    boolean repeating,
    String date,
    String missedReason,
    boolean missable,
    Planning planning,
    List<FormCell> forms)
    implements Serializable {

  /**
   * What the subject page knows of a subject's visits.
   *
   * @param forms the started forms
   * @param visits the started or missed visits
   * @param schedule the visit schedule today
   * @param missableOids the planned visits the user may mark missed (empty unless the child is
   *     randomised and the user records visits); the page offers it once a visit is due
   */
  record SubjectVisits(
      Map<FormKey, FormSummary> forms,
      Map<VisitKey, VisitSummary> visits,
      VisitSchedule schedule,
      Set<String> missableOids) {}

  static List<VisitRow> of(
      StudyEventDef event, StudyDefinition definition, Subject subject, SubjectVisits known) {
    return SubjectView.repeatsOf(event, known.visits()).stream()
        .map(repeat -> row(event, repeat, definition, subject, known))
        .toList();
  }

  private static VisitRow row(
      StudyEventDef event,
      int repeat,
      StudyDefinition definition,
      Subject subject,
      SubjectVisits known) {
    VisitKey key = new VisitKey(event.oid(), repeat);
    Optional<VisitSummary> visit = Optional.ofNullable(known.visits().get(key));
    List<FormCell> forms =
        event.formRefs().stream()
            .filter(ref -> FormsOfVisit.applies(ref, definition, subject))
            .map(
                ref ->
                    FormCell.of(
                        ref.formOid(),
                        definition.form(ref.formOid()).map(f -> f.name()).orElse(ref.formOid()),
                        known.forms().get(new FormKey(event.oid(), repeat, ref.formOid()))))
            .toList();
    boolean untouched =
        visit.flatMap(VisitSummary::date).isEmpty()
            && !visit.map(VisitSummary::missed).orElse(false)
            && forms.stream().allMatch(form -> form.status().equals(FormCell.NOT_STARTED));
    Planning planning =
        event.repeating() ? Planning.NONE : Planning.of(known.schedule(), event.oid());
    return new VisitRow(
        event.oid(),
        event.name(),
        repeat,
        event.repeating(),
        visit.flatMap(VisitSummary::date).map(LocalDate::toString).orElse(""),
        visit.flatMap(VisitSummary::missedReason).orElse(""),
        untouched && planning.windowOpen() && known.missableOids().contains(event.oid()),
        planning,
        forms);
  }

  public boolean missed() {
    return !missedReason.isEmpty();
  }

  /**
   * Where a planned visit stands: planned date, window and status (upcoming, due, overdue, done,
   * out of window, not scheduled yet).
   */
  public record Planning(String plannedDate, String window, String status) implements Serializable {

    static final Planning NONE = new Planning("", "", "");

    /** Due or overdue: the time when a visit that did not take place is marked missed. */
    boolean windowOpen() {
      return status.equals(VisitStatus.DUE.name()) || status.equals(VisitStatus.OVERDUE.name());
    }

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

    static final String NOT_STARTED = "NOT_STARTED";

    static FormCell of(String oid, String name, FormSummary summary) {
      return new FormCell(oid, name, summary == null ? NOT_STARTED : summary.status().name());
    }
  }
}
