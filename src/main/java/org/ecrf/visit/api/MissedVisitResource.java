package org.ecrf.visit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ecrf.platform.api.ReasonBody;
import org.ecrf.visit.api.ScheduleResource.ScheduleJson;
import org.ecrf.visit.application.MissedVisits;
import org.ecrf.visit.application.VisitScheduleService;

/**
 * A planned visit that did not take place: {@code POST .../visits/{eventOid}/missed} with {@code
 * {"reason": "..."}} marks it missed, {@code POST .../visits/{eventOid}/missed/revocation} with a
 * reason takes a mark set in error back. Both answer the subject's schedule; 400 without a reason
 * or for a visit that cannot be missed, 409 when the visit took place (or is not marked), 403 for
 * roles that do not record visits.
 */
@Path("studies/{study}/subjects/{subjectKey}/visits/{eventOid}/missed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MissedVisitResource {

  @Inject private MissedVisits missedVisits;
  @Inject private VisitScheduleService schedules;

  @POST
  @Operation(summary = "Marks a planned visit as missed, with the reason")
  public ScheduleJson markMissed(
      @PathParam("study") String study,
      @PathParam("subjectKey") String subjectKey,
      @PathParam("eventOid") String eventOid,
      ReasonBody body) {
    missedVisits.markMissed(study, subjectKey, eventOid, ReasonBody.of(body));
    return ScheduleJson.of(schedules.scheduleOf(study, subjectKey));
  }

  @POST
  @Path("revocation")
  @Operation(summary = "Takes back a missed mark set in error, with the reason")
  public ScheduleJson revokeMissed(
      @PathParam("study") String study,
      @PathParam("subjectKey") String subjectKey,
      @PathParam("eventOid") String eventOid,
      ReasonBody body) {
    missedVisits.revokeMissed(study, subjectKey, eventOid, ReasonBody.of(body));
    return ScheduleJson.of(schedules.scheduleOf(study, subjectKey));
  }
}
