package org.ecrf.monitoring.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecrf.monitoring.application.ScopeSignatureResult;
import org.ecrf.monitoring.application.ScopeSignatures;
import org.ecrf.monitoring.domain.SignatureScope;
import org.ecrf.shared.InvalidInputException;

/**
 * {@code POST /api/v1/studies/{study}/subjects/{subjectKey}/signatures} with {@code {"scope":
 * "VISIT|CASEBOOK", "event": "SE.WEEK6" (VISIT), "eventRepeat": n (optional, 1), "password":
 * "..."}}: an investigator signs every stored form of a visit or of the subject's casebook with one
 * password entry. Answers {@code {"scope", "event", "message", "signed": [{"event", "eventRepeat",
 * "form", "version"}], "alreadySigned": [...], "blocked": []}} (200); 409 with the same shape and
 * the forms that block in {@code "blocked"} (each with its status and reason), nothing signed; 400
 * for a missing scope, visit or password; 403 for anyone but an investigator of the subject's site,
 * a wrong password (counted towards the account's lock-out) or a locked account; 404 for a subject
 * the caller may not see.
 */
@Path("studies/{study}/subjects/{subjectKey}/signatures")
@RequestScoped
@Tag(name = "Monitoring", description = "Form lifecycle, source data verification, queries")
public class ScopeSignatureResource {

  @Inject private ScopeSignatures signatures;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sign a whole visit or casebook with one password entry")
  @APIResponse(responseCode = "200", description = "Signed; the forms signed")
  @APIResponse(responseCode = "400", description = "No scope, visit or password")
  @APIResponse(responseCode = "403", description = "Not an investigator, or a wrong password")
  @APIResponse(responseCode = "404", description = "No such subject visible to the caller")
  @APIResponse(responseCode = "409", description = "Forms not ready; listed, nothing signed")
  public Response sign(
      @PathParam("study") String study,
      @PathParam("subjectKey") String subjectKey,
      MonitoringRequests.ScopeSignature body) {
    if (body == null) {
      throw new InvalidInputException("scope", "The body names scope and password");
    }
    int repeat = body.eventRepeat() == null ? 1 : body.eventRepeat();
    if (repeat < 1) {
      throw new InvalidInputException("eventRepeat", "eventRepeat counts from 1");
    }
    ScopeSignatureResult result =
        signatures.sign(
            study,
            subjectKey,
            MonitoringRequests.parse(SignatureScope.class, "scope", body.scope()),
            body.event(),
            repeat,
            body.password() == null ? null : body.password().toCharArray());
    return Response.status(result.refused() ? Response.Status.CONFLICT : Response.Status.OK)
        .entity(result)
        .build();
  }
}
