package org.ecrf.randomization.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ecrf.randomization.application.Allocation;
import org.ecrf.randomization.application.NotEligibleException;
import org.ecrf.randomization.application.RandomizationService;
import org.ecrf.shared.NotFoundException;

/**
 * {@code POST /api/v1/studies/{study}/subjects/{subjectKey}/randomisation} allocates and answers
 * {@code {"arm": "TDM" | "STANDARD", ...}}; the same allocation again when already randomised; 409
 * naming every blocking criterion when the subject is not eligible. {@code GET} shows the
 * allocation.
 */
@Path("studies/{study}/subjects/{subjectKey}/randomisation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RandomisationResource {

  @Inject private RandomizationService randomization;

  @POST
  public Response allocate(
      @PathParam("study") String study, @PathParam("subjectKey") String subjectKey) {
    try {
      return Response.ok(randomization.allocate(study, subjectKey)).build();
    } catch (NotEligibleException e) {
      List<BlockingJson> blocking =
          e.blocking().stream()
              .map(
                  b ->
                      new BlockingJson(
                          b.itemOid(), b.reason().name(), b.reason().description(), b.value()))
              .toList();
      return Response.status(Response.Status.CONFLICT)
          .entity(new NotEligibleJson(409, "Conflict", e.getMessage(), blocking))
          .build();
    }
  }

  @GET
  public Allocation allocation(
      @PathParam("study") String study, @PathParam("subjectKey") String subjectKey) {
    return randomization
        .allocationOf(study, subjectKey)
        .orElseThrow(() -> new NotFoundException(subjectKey + " has not been randomised"));
  }

  /** A 409 answer for a subject that is not eligible. */
  public record NotEligibleJson(
      int status, String error, String message, List<BlockingJson> blocking) {}

  /** One criterion that blocks randomisation. */
  public record BlockingJson(String item, String reason, String description, String value) {}
}
