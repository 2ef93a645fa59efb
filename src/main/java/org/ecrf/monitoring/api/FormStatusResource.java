package org.ecrf.monitoring.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.monitoring.application.FormMonitoringStatus;
import org.ecrf.monitoring.application.FormStatusService;
import org.ecrf.shared.InvalidInputException;

/**
 * A form's monitoring status and its lifecycle moves. {@code GET .../status} answers {@code
 * {"status": "IN_PROGRESS|COMPLETE|VERIFIED|SIGNED|FROZEN|LOCKED|NOT_STARTED", "sdvPending":
 * [itemOids], "sdvPendingItems": ["IG.X[1]/I.Y"], "signed": bool, "signature": {...}|null,
 * "openQueries": n, "version": n}}. {@code POST .../transitions} with {@code {"to": "COMPLETE|
 * VERIFIED|SIGNED|FROZEN|LOCKED|IN_PROGRESS", "password": "..." (signing), "reason": "..."
 * (reopening)}} answers the new status (200), 400 for a missing or unknown target or a missing
 * password, 403 when the caller's roles do not make the move or the password is wrong, 404 for a
 * form the caller may not see, 409 with the reason when the form's state forbids the move. {@code
 * ?eventRepeat=n} addresses a repeated visit (default 1).
 */
@Path("studies/{study}/subjects/{subjectKey}/forms/{eventOid}/{formOid}")
@RequestScoped
@Tag(name = "Monitoring", description = "Form lifecycle, source data verification, queries")
public class FormStatusResource {

  @Inject private FormStatusService statuses;

  @GET
  @Path("status")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A form's status, pending SDV, signature and open queries")
  @APIResponse(responseCode = "200", description = "The form's monitoring status")
  @APIResponse(responseCode = "404", description = "No such form visible to the caller")
  public FormMonitoringStatus status(
      @PathParam("study") String study,
      @PathParam("subjectKey") String subjectKey,
      @PathParam("eventOid") String eventOid,
      @PathParam("formOid") String formOid,
      @QueryParam("eventRepeat") @DefaultValue("1") int eventRepeat) {
    return statuses.status(address(study, subjectKey, eventOid, eventRepeat, formOid));
  }

  @POST
  @Path("transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move a form along its lifecycle")
  @APIResponse(responseCode = "200", description = "Moved; the new status")
  @APIResponse(responseCode = "400", description = "No or unknown target, or no password")
  @APIResponse(responseCode = "403", description = "The caller's roles do not make this move")
  @APIResponse(responseCode = "404", description = "No such form visible to the caller")
  @APIResponse(responseCode = "409", description = "The form's state forbids the move")
  public FormMonitoringStatus transition(
      @PathParam("study") String study,
      @PathParam("subjectKey") String subjectKey,
      @PathParam("eventOid") String eventOid,
      @PathParam("formOid") String formOid,
      @QueryParam("eventRepeat") @DefaultValue("1") int eventRepeat,
      MonitoringRequests.Transition body) {
    if (body == null) {
      throw new InvalidInputException("to", "The body names the target status in \"to\"");
    }
    FormStatus target = MonitoringRequests.parse(FormStatus.class, "to", body.to());
    char[] password = body.password() == null ? null : body.password().toCharArray();
    return statuses.transition(
        address(study, subjectKey, eventOid, eventRepeat, formOid),
        target,
        password,
        body.reason());
  }

  private static FormAddress address(
      String study, String subjectKey, String eventOid, int eventRepeat, String formOid) {
    if (eventRepeat < 1) {
      throw new InvalidInputException("eventRepeat", "eventRepeat counts from 1");
    }
    return new FormAddress(study, subjectKey, eventOid, eventRepeat, formOid);
  }
}
