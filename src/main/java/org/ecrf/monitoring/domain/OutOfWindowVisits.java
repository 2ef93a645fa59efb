package org.ecrf.monitoring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecrf.visit.domain.ScheduledVisit;
import org.ecrf.visit.domain.VisitStatus;
import org.ecrf.visit.domain.VisitWindow;

/**
 * Which visits get an automatic query because their date lies outside their window (issue 7; the
 * window from the visit schedule, issue 5). A visit gets one query per date: none while an
 * automatic query on the visit is still unresolved, and none when a closed one was about the same
 * date (the site confirmed it, a reviewer accepted it); a new date outside the window asks again.
 * The date a query is about is read back from its question, which this class writes.
 */
public final class OutOfWindowVisits {

  private static final Pattern DATE = Pattern.compile("^The visit date (\\d{4}-\\d{2}-\\d{2}) ");

  private OutOfWindowVisits() {}

  /**
   * The queries to raise, in schedule order.
   *
   * @param visits the subject's scheduled visits
   * @param existing the platform's queries on the subject's visits
   */
  public static List<VisitQuery> queriesFor(
      Collection<ScheduledVisit> visits, Collection<ExistingQuery> existing) {
    List<VisitQuery> raise = new ArrayList<>();
    for (ScheduledVisit visit : visits) {
      if (visit.status() != VisitStatus.OUT_OF_WINDOW
          || visit.actualDate().isEmpty()
          || visit.window().isEmpty()) {
        continue;
      }
      LocalDate date = visit.actualDate().get();
      boolean asked =
          existing.stream()
              .filter(query -> query.eventOid().equals(visit.oid()))
              .anyMatch(
                  query ->
                      query.status().isUnresolved()
                          || dateOf(query.question()).filter(date::equals).isPresent());
      if (!asked) {
        raise.add(new VisitQuery(visit.oid(), question(visit, date, visit.window().get())));
      }
    }
    return raise;
  }

  /** The visit date an automatic out-of-window query is about, read from its question. */
  public static Optional<LocalDate> dateOf(String question) {
    Matcher matcher = DATE.matcher(question == null ? "" : question);
    return matcher.find() ? Optional.of(LocalDate.parse(matcher.group(1))) : Optional.empty();
  }

  private static String question(ScheduledVisit visit, LocalDate date, VisitWindow window) {
    return "The visit date "
        + date
        + " is outside the visit window ("
        + window.earliest()
        + " to "
        + window.latest()
        + ", planned "
        + visit.plannedDate().map(LocalDate::toString).orElse("?")
        + "). Please check the date against the source document; if it is right, answer so and"
        + " record the protocol deviation.";
  }

  /**
   * An automatic query already on one of the subject's visits.
   *
   * @param eventOid the visit
   * @param status where it stands
   * @param question its first message
   */
  public record ExistingQuery(String eventOid, QueryStatus status, String question) {}

  /** A query to raise on a visit (repeat 1: the schedule has no repeating visits). */
  public record VisitQuery(String eventOid, String question) {}
}
