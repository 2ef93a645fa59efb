package org.ecrf.dosing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ecrf.dosing.application.DosingDryRun;
import org.ecrf.platform.api.BoundedBody;
import org.ecrf.platform.api.ErrorResponse;

/**
 * The dry run of a new dosing rule set: {@code POST studies/{study}/dosing/dry-run} with a
 * candidate study definition (ODM XML) as the body answers where its advice would differ from the
 * current rule set's, per subject and visit, without storing anything. Data managers only (403
 * otherwise); 400 naming line and problem for an invalid file; 413 above the definition upload's
 * size limit.
 */
@Path("studies/{study}/dosing/dry-run")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DryRunResource {

  @Inject private DosingDryRun dryRun;

  @POST
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Operation(summary = "Compare a candidate dosing rule set with the current one over stored data")
  public Response dryRun(
      @PathParam("study") String study,
      @QueryParam("fileName") @DefaultValue("candidate.xml") String fileName,
      InputStream body) {
    Optional<byte[]> content = BoundedBody.read(body, dryRun.maxBytes());
    if (content.isEmpty()) {
      return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              new ErrorResponse(
                  413,
                  "Payload Too Large",
                  DosingDryRun.FIELD,
                  "The file is larger than " + dryRun.maxBytes() + " bytes"))
          .build();
    }
    return Response.ok(DryRunJson.of(dryRun.dryRun(study, fileName, content.get()))).build();
  }
}
