package org.ecrf.visit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a subject's visit schedule from the study's visits and what has happened so far.
 *
 * <p>The rule (issue 5): day 0 is the actual date of the first infusion, given at the scheduled
 * infusion visit planned on day 0 (TOPIT: {@code SE.WEEK0}); before it, no visit has a planned
 * date. The scheduled infusion visits, in order of their planned day, form a chain:
 *
 * <ul>
 *   <li>the planned date of each later infusion visit is the <em>actual</em> date of the infusion
 *       at the previous infusion visit (its planned date when that infusion was not given) plus the
 *       interval;
 *   <li>the interval is the one decided at that previous infusion, if any ({@link
 *       Infusion#nextIntervalWeeks()}, e.g. the guided arm shortening 8 to 6 weeks), else the
 *       nominal one: the difference of the two visits' planned days (week 0, 2, 6, 14, 22 give 14,
 *       28, 56, 56 days). A decided interval applies to the next infusion visit only; the ones
 *       after follow from that visit with their nominal interval unless a new decision is recorded;
 *   <li>every other planned visit keeps its distance from the infusion visit planned before it (or
 *       on the same day), counted from that visit's actual infusion date, else its planned date;
 *       visits planned before day 0 (screening) count back from day 0.
 * </ul>
 *
 * <p>Worked example (visits week 0, 2, 6, 14, 22, all with infusions; W10 a visit without infusion
 * on day 70): first infusion on Mon 2025-03-03, so W2 is planned 2025-03-17. It is given early, on
 * 2025-03-14, so W6 moves to 2025-03-14 + 28 = 2025-04-11. Given on 2025-04-11, W14 is planned
 * 2025-06-06 and W10 2025-05-09 (28 days after W6's infusion). At W14, given on 2025-06-06, the
 * guided arm decides 6 weeks: W22 is planned 2025-07-18 instead of 2025-08-01.
 *
 * <p>Infusions at unscheduled visits are recorded but do not move the schedule; how an extra
 * infusion should shift the protocol visits is a question for the protocol.
 */
public final class VisitScheduleCalculator {

  private final List<VisitDefinition> definitions;
  private final Map<String, VisitDefinition> byOid = new HashMap<>();
  private final List<VisitDefinition> infusionChain;

  /**
   * @param definitions the study's visits in display order
   * @throws IllegalArgumentException for duplicate OIDs, no or several visits on day 0 with an
   *     infusion, scheduled infusions before day 0, or two infusion visits on the same day
   */
  public VisitScheduleCalculator(List<VisitDefinition> definitions) {
    this.definitions = List.copyOf(definitions);
    for (VisitDefinition definition : this.definitions) {
      if (byOid.put(definition.oid(), definition) != null) {
        throw new IllegalArgumentException("Visit " + definition.oid() + " is defined twice");
      }
    }
    this.infusionChain =
        this.definitions.stream()
            .filter(VisitDefinition::isScheduledInfusion)
            .sorted(Comparator.comparingInt(VisitDefinition::offsetDays))
            .toList();
    checkChain();
  }

  /**
   * The schedule on {@code today}.
   *
   * @throws IllegalArgumentException when the history names a visit the study does not define,
   *     gives an infusion at a visit without one or twice at the same visit, has infusions without
   *     the first one, or infusion dates that do not increase along the chain
   */
  public VisitSchedule schedule(VisitHistory history, LocalDate today) {
    Objects.requireNonNull(today, "today");
    Map<String, Infusion> chainInfusions = chainInfusions(history);
    checkKnown(history);
    Optional<LocalDate> anchor =
        Optional.ofNullable(chainInfusions.get(infusionChain.get(0).oid())).map(Infusion::date);
    if (anchor.isEmpty() && !chainInfusions.isEmpty()) {
      throw new IllegalArgumentException(
          "Infusions are recorded but not the first one, at " + infusionChain.get(0).oid());
    }
    Map<String, LocalDate> planned =
        anchor.map(day0 -> plannedDates(day0, chainInfusions)).orElse(Map.of());
    List<ScheduledVisit> visits = new ArrayList<>();
    for (VisitDefinition definition : definitions) {
      Optional<LocalDate> plannedDate = Optional.ofNullable(planned.get(definition.oid()));
      Optional<VisitWindow> window =
          plannedDate.map(date -> VisitWindow.around(date, definition.timing().orElseThrow()));
      Optional<LocalDate> actual =
          Optional.ofNullable(history.visitDates().get(definition.oid()))
              .or(
                  () ->
                      Optional.ofNullable(chainInfusions.get(definition.oid()))
                          .map(Infusion::date));
      boolean missed = history.missedVisitOids().contains(definition.oid());
      visits.add(
          new ScheduledVisit(
              definition,
              plannedDate,
              window,
              actual,
              VisitStatus.of(missed, window, actual, today)));
    }
    return new VisitSchedule(anchor, visits);
  }

  private Map<String, LocalDate> plannedDates(LocalDate anchor, Map<String, Infusion> given) {
    Map<String, LocalDate> planned = new LinkedHashMap<>();
    VisitDefinition previous = null;
    for (VisitDefinition visit : infusionChain) {
      if (previous == null) {
        planned.put(visit.oid(), anchor);
      } else {
        Infusion infusion = given.get(previous.oid());
        long days =
            infusion != null && infusion.nextIntervalWeeks().isPresent()
                ? 7L * infusion.nextIntervalWeeks().getAsInt()
                : visit.offsetDays() - previous.offsetDays();
        planned.put(visit.oid(), referenceDate(previous, given, planned).plusDays(days));
      }
      previous = visit;
    }
    for (VisitDefinition visit : definitions) {
      if (visit.kind().isPlanned() && !visit.isScheduledInfusion()) {
        VisitDefinition reference = precedingInfusionVisit(visit.offsetDays());
        long days = visit.offsetDays() - reference.offsetDays();
        planned.put(visit.oid(), referenceDate(reference, given, planned).plusDays(days));
      }
    }
    return planned;
  }

  /** The date later visits count from: the actual infusion, else the planned date. */
  private static LocalDate referenceDate(
      VisitDefinition infusionVisit, Map<String, Infusion> given, Map<String, LocalDate> planned) {
    Infusion infusion = given.get(infusionVisit.oid());
    return infusion != null ? infusion.date() : planned.get(infusionVisit.oid());
  }

  /** The last infusion visit planned on or before the day; the first one for days before 0. */
  private VisitDefinition precedingInfusionVisit(int offsetDays) {
    VisitDefinition found = infusionChain.get(0);
    for (VisitDefinition visit : infusionChain) {
      if (visit.offsetDays() <= offsetDays) {
        found = visit;
      }
    }
    return found;
  }

  /** The infusions at chain visits, by visit OID; checks every infusion of the history. */
  private Map<String, Infusion> chainInfusions(VisitHistory history) {
    Map<String, Infusion> chain = new HashMap<>();
    Map<String, Infusion> seen = new HashMap<>();
    for (Infusion infusion : history.infusions()) {
      VisitDefinition visit = definition(infusion.visitOid());
      if (!visit.infusion()) {
        throw new IllegalArgumentException(
            "Visit "
                + visit.oid()
                + " includes no infusion, yet one is recorded on "
                + infusion.date());
      }
      if (visit.kind() != VisitKind.UNSCHEDULED && seen.put(visit.oid(), infusion) != null) {
        throw new IllegalArgumentException("Visit " + visit.oid() + " has two infusions recorded");
      }
      if (visit.isScheduledInfusion()) {
        chain.put(visit.oid(), infusion);
      }
    }
    Infusion previous = null;
    for (VisitDefinition visit : infusionChain) {
      Infusion infusion = chain.get(visit.oid());
      if (infusion != null && previous != null && !infusion.date().isAfter(previous.date())) {
        throw new IllegalArgumentException(
            "The infusion at "
                + visit.oid()
                + " ("
                + infusion.date()
                + ") is not after the one at "
                + previous.visitOid()
                + " ("
                + previous.date()
                + ")");
      }
      previous = infusion == null ? previous : infusion;
    }
    return chain;
  }

  private void checkKnown(VisitHistory history) {
    history.visitDates().keySet().forEach(this::definition);
    history.missedVisitOids().forEach(this::definition);
  }

  private VisitDefinition definition(String oid) {
    VisitDefinition definition = byOid.get(oid);
    if (definition == null) {
      throw new IllegalArgumentException("Visit " + oid + " is not defined in the study");
    }
    return definition;
  }

  private void checkChain() {
    if (infusionChain.isEmpty() || infusionChain.get(0).offsetDays() != 0) {
      throw new IllegalArgumentException(
          "One scheduled visit on day 0 with an infusion must anchor the schedule"
              + " (TOPIT: SE.WEEK0); "
              + (infusionChain.isEmpty()
                  ? "there is no scheduled infusion visit"
                  : "the first infusion visit is "
                      + infusionChain.get(0).oid()
                      + " on day "
                      + infusionChain.get(0).offsetDays()));
    }
    for (int i = 1; i < infusionChain.size(); i++) {
      VisitDefinition earlier = infusionChain.get(i - 1);
      VisitDefinition later = infusionChain.get(i);
      if (earlier.offsetDays() == later.offsetDays()) {
        throw new IllegalArgumentException(
            "Infusion visits "
                + earlier.oid()
                + " and "
                + later.oid()
                + " are both planned on day "
                + later.offsetDays());
      }
    }
  }
}
