package org.ecrf.visit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ecrf.visit.application.VisitScheduleService;
import org.ecrf.visit.domain.ScheduledVisit;
import org.ecrf.visit.domain.VisitSchedule;

/**
 * A subject's visit schedule today: {@code GET studies/{study}/subjects/{subjectKey}/schedule}
 * gives the anchor (first infusion) and, per visit, planned date, window, actual date and status;
 * 404 for a subject the caller may not see. Dates are ISO 8601, null where there is none; {@code
 * problem} says why the recorded infusions cannot anchor the schedule yet (null normally).
 */
@Path("studies/{study}/subjects/{subjectKey}/schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

  @Inject private VisitScheduleService schedules;

  @GET
  @Operation(summary = "A subject's visit schedule: planned dates, windows and status")
  public ScheduleJson schedule(
      @PathParam("study") String study, @PathParam("subjectKey") String subjectKey) {
    return ScheduleJson.of(schedules.scheduleOf(study, subjectKey));
  }

  /** The schedule as JSON. */
  public record ScheduleJson(String anchor, List<VisitJson> visits, String problem) {

    static ScheduleJson of(VisitSchedule schedule) {
      return new ScheduleJson(
          schedule.anchor().map(LocalDate::toString).orElse(null),
          schedule.visits().stream().map(VisitJson::of).toList(),
          schedule.problem().orElse(null));
    }
  }

  /** One visit of the schedule as JSON. */
  public record VisitJson(
      String oid,
      String name,
      String plannedDate,
      String earliest,
      String latest,
      String actualDate,
      String status) {

    static VisitJson of(ScheduledVisit visit) {
      return new VisitJson(
          visit.oid(),
          visit.definition().name(),
          visit.plannedDate().map(LocalDate::toString).orElse(null),
          visit.window().map(w -> w.earliest().toString()).orElse(null),
          visit.window().map(w -> w.latest().toString()).orElse(null),
          visit.actualDate().map(LocalDate::toString).orElse(null),
          visit.status().name());
    }
  }
}
