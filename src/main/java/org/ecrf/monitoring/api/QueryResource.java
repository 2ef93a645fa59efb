package org.ecrf.monitoring.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecrf.monitoring.application.DataQueryService;
import org.ecrf.monitoring.application.QueryView;
import org.ecrf.monitoring.application.RaiseQuery;
import org.ecrf.monitoring.domain.QueryStatus;
import org.ecrf.shared.InvalidInputException;

/**
 * Data queries of a study. {@code POST /queries} with {@code {"subjectKey", "event", "eventRepeat",
 * "form", "item", "itemGroup", "itemGroupRepeat", "text"}} (no item: on the form; no form: on the
 * visit) raises a query: 201 with the query (its {@code id}); 403 unless the caller is a monitor of
 * the site or a data manager. {@code GET /queries?subjectKey=...} lists the queries the caller may
 * see (every visible subject's without the parameter), each with {@code id}, {@code status}, {@code
 * item} and its {@code messages}. {@code POST /queries/{id}/messages} with {@code {"text",
 * "status": "ANSWERED|CLOSED|OPEN"}} adds a message (no status: the status stays): 200 with the
 * query; 403 when the caller's roles may not give it that status, 409 for a closed query, 404 for a
 * query the caller may not see.
 */
@Path("studies/{study}/queries")
@RequestScoped
@Tag(name = "Monitoring", description = "Form lifecycle, source data verification, queries")
public class QueryResource {

  @Inject private DataQueryService queries;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Raise a query on a visit, form or item")
  @APIResponse(responseCode = "201", description = "Raised; the query with its id")
  @APIResponse(responseCode = "403", description = "Not a monitor of the site or data manager")
  @APIResponse(responseCode = "404", description = "No such subject, visit, form or item")
  public Response raise(@PathParam("study") String study, MonitoringRequests.RaiseQuery body) {
    if (body == null) {
      throw new InvalidInputException("text", "The body names the subject, visit and text");
    }
    QueryView raised =
        queries.raise(
            study,
            new RaiseQuery(
                MonitoringRequests.required("subjectKey", body.subjectKey()),
                body.event(),
                body.eventRepeat(),
                body.form(),
                body.item(),
                body.itemGroup(),
                body.itemGroupRepeat(),
                body.text()));
    return Response.status(Response.Status.CREATED).entity(raised).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The queries the caller may see, of one subject or all")
  @APIResponse(responseCode = "200", description = "The queries, oldest first")
  @APIResponse(responseCode = "404", description = "No such subject visible to the caller")
  public List<QueryView> list(
      @PathParam("study") String study, @QueryParam("subjectKey") String subjectKey) {
    return subjectKey == null || subjectKey.isBlank()
        ? queries.ofStudy(study)
        : queries.ofSubject(study, subjectKey);
  }

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Answer, close, re-open or comment on a query")
  @APIResponse(responseCode = "200", description = "The query with the new message")
  @APIResponse(responseCode = "403", description = "The caller's roles may not do this")
  @APIResponse(responseCode = "404", description = "No such query visible to the caller")
  @APIResponse(responseCode = "409", description = "The query is closed")
  public QueryView post(
      @PathParam("study") String study, @PathParam("id") long id, MonitoringRequests.Message body) {
    if (body == null) {
      throw new InvalidInputException("text", "The body holds the message text");
    }
    QueryStatus status =
        body.status() == null || body.status().isBlank()
            ? null
            : MonitoringRequests.parse(QueryStatus.class, "status", body.status());
    return queries.post(study, id, body.text(), status);
  }
}
