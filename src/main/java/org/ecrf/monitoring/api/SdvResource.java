package org.ecrf.monitoring.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.monitoring.application.SourceDataVerification;
import org.ecrf.shared.InvalidInputException;

/**
 * {@code POST /api/v1/studies/{study}/sdv} with {@code {"subjectKey", "event", "eventRepeat"
 * (default 1), "form", "items": [itemOids]}}: a monitor of the subject's site marks the items
 * (every stored row of each) as source-data verified, or, with no items, everything the form's SDV
 * plan still asks for. Answers the form's monitoring status (200); 400 for an item not on the form,
 * 403 for anyone but a monitor of the site, 404 for a form the caller may not see, 409 for a form
 * not started, frozen or locked, or an item without a stored value. Without a form, {@code
 * {"subjectKey", "event"}} verifies the whole visit and {@code {"subjectKey"}} the whole subject,
 * form by form (frozen and locked forms left out), answering {@code {"forms": n, "items": n,
 * "skipped": [...]}}.
 */
@Path("studies/{study}/sdv")
@RequestScoped
@Tag(name = "Monitoring", description = "Form lifecycle, source data verification, queries")
public class SdvResource {

  @Inject private SourceDataVerification verification;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark items or a whole form as source-data verified")
  @APIResponse(responseCode = "200", description = "Verified; the form's monitoring status")
  @APIResponse(responseCode = "403", description = "Not a monitor of the subject's site")
  @APIResponse(responseCode = "404", description = "No such form visible to the caller")
  @APIResponse(responseCode = "409", description = "Not started, frozen or locked; or no value")
  public Object verify(@PathParam("study") String study, MonitoringRequests.Sdv body) {
    if (body == null) {
      throw new InvalidInputException("subjectKey", "The body names subjectKey, event and form");
    }
    int repeat = Objects.requireNonNullElse(body.eventRepeat(), 1);
    if (repeat < 1) {
      throw new InvalidInputException("eventRepeat", "eventRepeat counts from 1");
    }
    String subjectKey = MonitoringRequests.required("subjectKey", body.subjectKey());
    List<String> items = body.items() == null ? List.of() : List.copyOf(body.items());
    boolean noForm = body.form() == null || body.form().isBlank();
    if (noForm && !items.isEmpty()) {
      throw new InvalidInputException("form", "Items are verified on a named form");
    }
    if (noForm && (body.event() == null || body.event().isBlank())) {
      return verification.verifySubject(study, subjectKey);
    }
    String event = MonitoringRequests.required("event", body.event());
    if (noForm) {
      return verification.verifyVisit(study, subjectKey, event, repeat);
    }
    FormAddress address = new FormAddress(study, subjectKey, event, repeat, body.form().trim());
    return verification.verify(address, items);
  }
}
