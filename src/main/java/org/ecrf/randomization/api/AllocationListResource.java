package org.ecrf.randomization.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ecrf.randomization.application.AllocationListService;
import org.ecrf.randomization.application.ListRejectedException;
import org.ecrf.randomization.application.ListSummary;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;

/**
 * The randomisation list of a study, for the sponsor's statistician only: {@code POST} with {@code
 * {"seed": "...", "placesPerStratum": 100}} generates one, {@code POST} with a CSV body uploads one
 * (400 naming every problem with line and column), {@code GET} reads it as CSV, {@code GET summary}
 * describes it without its content.
 */
@Path("studies/{study}/randomisation/list")
@RequestScoped
public class AllocationListResource {

  @Inject private AllocationListService lists;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response generate(@PathParam("study") String study, GenerateRequest body) {
    if (body == null || body.placesPerStratum() == null) {
      throw new InvalidInputException("placesPerStratum", "Give the number of places per stratum");
    }
    ListSummary summary = lists.generate(study, body.seed(), body.placesPerStratum());
    return Response.status(Response.Status.CREATED).entity(summary).build();
  }

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(@PathParam("study") String study, String csv) {
    try {
      return Response.status(Response.Status.CREATED).entity(lists.upload(study, csv)).build();
    } catch (ListRejectedException e) {
      List<ProblemJson> problems =
          e.problems().stream()
              .map(p -> new ProblemJson(p.line(), p.column(), p.message()))
              .toList();
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(new RejectedJson(400, "Bad Request", "list", e.getMessage(), problems))
          .build();
    }
  }

  @GET
  @Produces("text/csv")
  public String csv(@PathParam("study") String study) {
    return lists.csv(study);
  }

  @GET
  @Path("summary")
  @Produces(MediaType.APPLICATION_JSON)
  public ListSummary summary(@PathParam("study") String study) {
    return lists
        .summary(study)
        .orElseThrow(() -> new NotFoundException("No list in force for " + study));
  }

  /** Generation: the secret seed (blank for a random one) and the places per stratum. */
  public record GenerateRequest(String seed, Integer placesPerStratum) {}

  /** A 400 answer for an uploaded list. */
  public record RejectedJson(
      int status, String error, String field, String message, List<ProblemJson> problems) {}

  /** One problem of an uploaded list. */
  public record ProblemJson(int line, String column, String message) {}
}
