package org.ecrf.subject.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ecrf.platform.api.ReasonBody;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;

/**
 * Subjects of a study: {@code POST} registers a child at one of the caller's sites ({@code {"site":
 * "POT", "birthMonth": "2014-05", "sex": "F", "diagnosis": "CD"}} gives {@code 201 {"subjectKey":
 * "POT-0001", ...}}, 403 for a site where the caller has no role, 400 naming the field); {@code
 * GET} lists or shows the subjects the caller may see.
 */
@Path("studies/{study}/subjects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubjectResource {

  @Inject private SubjectService subjects;
  @Context private UriInfo uriInfo;

  @POST
  public Response register(@PathParam("study") String study, SubjectService.Registration body) {
    if (body == null) {
      throw new InvalidInputException("body", "The request needs a JSON body");
    }
    Subject subject = subjects.register(study, body);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(subject.subjectKey()).build())
        .entity(SubjectJson.of(subject))
        .build();
  }

  @GET
  public List<SubjectJson> visible(@PathParam("study") String study) {
    return subjects.visibleSubjects(study).stream().map(SubjectJson::of).toList();
  }

  @GET
  @Path("{subjectKey}")
  public SubjectJson one(
      @PathParam("study") String study, @PathParam("subjectKey") String subjectKey) {
    return SubjectJson.of(subjects.visibleSubject(study, subjectKey));
  }

  /**
   * Records a screening failure: {@code {"reason": "..."}} gives the subject with status {@code
   * SCREEN_FAILED}; 400 without a reason, 409 for a child already randomised or failed.
   */
  @POST
  @Path("{subjectKey}/screening-failure")
  public SubjectJson screeningFailure(
      @PathParam("study") String study,
      @PathParam("subjectKey") String subjectKey,
      ReasonBody body) {
    String reason = ReasonBody.of(body);
    return SubjectJson.of(subjects.recordScreeningFailure(study, subjectKey, reason));
  }

  /** A subject in the API. */
  public record SubjectJson(
      String subjectKey,
      String site,
      String birthMonth,
      String sex,
      String diagnosis,
      String status,
      String statusReason,
      String arm) {

    static SubjectJson of(Subject subject) {
      return new SubjectJson(
          subject.subjectKey(),
          subject.site().code(),
          subject.birthMonth().toString(),
          subject.sex().name(),
          subject.diagnosis().name(),
          subject.status().name(),
          subject.state().reason().orElse(null),
          subject.armCode().orElse(null));
    }
  }
}
