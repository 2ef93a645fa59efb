package org.ecrf.visit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.domain.ClinicalDataRepository;
import org.ecrf.entry.domain.ItemData;
import org.ecrf.entry.domain.StudyEventData;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;
import org.ecrf.visit.domain.Infusion;
import org.ecrf.visit.domain.VisitHistory;
import org.ecrf.visit.domain.VisitSchedule;
import org.ecrf.visit.domain.VisitScheduleCalculator;

/**
 * A subject's visit schedule today, in the site's time zone: planned dates from the actual infusion
 * dates (TOPIT form {@code F.INFUSION}, item {@code I.INF_DATE}), the interval decided at an
 * infusion when the recommendation with an interval ({@code I.INF_REC_INTERVAL_WEEKS}) was followed
 * ({@code I.INF_DECISION = FOLLOW}), the visit dates entered with the forms and the visits marked
 * missed. Infusions at repeating (unscheduled) visits are not part of the chain the schedule
 * follows.
 */
@ApplicationScoped
public class VisitScheduleService {

  static final String INFUSION_FORM = "F.INFUSION";
  static final String INFUSION_DATE = "I.INF_DATE";
  static final String DECISION = "I.INF_DECISION";
  static final String RECOMMENDED_INTERVAL = "I.INF_REC_INTERVAL_WEEKS";
  static final String FOLLOWED = "FOLLOW";

  @Inject private SubjectService subjects;
  @Inject private DefinitionService definitions;
  @Inject private ClinicalDataRepository data;
  @Inject private Clock clock;

  /**
   * The schedule today. An infusion history the calculator cannot follow (say, week 6 entered
   * before week 0) gives the visits without planned dates and the reason as the schedule's problem,
   * so that pages, the API and a save that asks for the schedule afterwards never fail over it.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public VisitSchedule scheduleOf(String studyOid, String subjectKey) {
    Subject subject = subjects.visibleSubject(studyOid, subjectKey);
    StudyDefinition definition = definitions.current(studyOid).definition();
    Set<String> planned =
        definition.events().stream()
            .filter(event -> !event.repeating())
            .map(event -> event.oid())
            .collect(Collectors.toSet());
    Map<String, LocalDate> visitDates = new HashMap<>();
    Set<String> missed = new HashSet<>();
    for (StudyEventData event : data.eventsOf(subject)) {
      if (planned.contains(event.eventOid())) {
        event.visitDate().ifPresent(date -> visitDates.put(event.eventOid(), date));
        if (event.missed()) {
          missed.add(event.eventOid());
        }
      }
    }
    LocalDate today = LocalDate.now(clock.withZone(subject.site().zone()));
    VisitScheduleCalculator calculator = new VisitScheduleCalculator(StudyVisits.of(definition));
    try {
      return calculator.schedule(
          new VisitHistory(infusions(subject, planned), visitDates, missed), today);
    } catch (IllegalArgumentException unfollowable) {
      return calculator
          .schedule(new VisitHistory(List.of(), visitDates, missed), today)
          .withProblem(unfollowable.getMessage());
    }
  }

  private List<Infusion> infusions(Subject subject, Set<String> planned) {
    Map<String, Map<String, String>> byVisit = new HashMap<>();
    for (ItemData item :
        data.itemValues(
            subject, INFUSION_FORM, List.of(INFUSION_DATE, DECISION, RECOMMENDED_INTERVAL))) {
      String visit = item.group().form().event().eventOid();
      if (planned.contains(visit)) {
        byVisit.computeIfAbsent(visit, v -> new HashMap<>()).put(item.itemOid(), item.valueText());
      }
    }
    List<Infusion> infusions = new ArrayList<>();
    byVisit.forEach(
        (visit, values) -> {
          if (values.containsKey(INFUSION_DATE)) {
            infusions.add(
                new Infusion(
                    visit, LocalDate.parse(values.get(INFUSION_DATE)), decidedInterval(values)));
          }
        });
    return infusions;
  }

  /**
   * Whether the form's values move planned dates (the infusion form); the schedule otherwise
   * depends only on visit dates and visits marked missed.
   */
  public boolean followsForm(String formOid) {
    return INFUSION_FORM.equals(formOid);
  }

  /** The interval decided at an infusion: the recommended one, when it was followed. */
  static OptionalInt decidedInterval(Map<String, String> values) {
    String interval = values.get(RECOMMENDED_INTERVAL);
    if (!FOLLOWED.equals(values.get(DECISION)) || interval == null || interval.isBlank()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(new BigDecimal(interval.strip()).intValueExact());
  }
}
