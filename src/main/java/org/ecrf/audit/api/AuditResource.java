package org.ecrf.audit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ecrf.audit.application.AuditVerification;
import org.ecrf.audit.domain.AuditChainVerifier.ChainVerification;
import org.ecrf.crf.application.DefinitionService;

/**
 * {@code GET /api/v1/studies/{study}/audit/verify} (data managers, sponsors): recomputes every hash
 * of the audit trail and answers {@code {"events": n, "valid": true|false, "firstBrokenEvent":
 * id}}. The trail is one chain for the platform, so the answer covers every study's events.
 */
@Path("studies/{study}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditVerification verification;
  @Inject private DefinitionService definitions;

  @GET
  @Path("verify")
  public VerificationJson verify(@PathParam("study") String study) {
    ChainVerification result = verification.verifyTrail();
    definitions.current(study);
    return new VerificationJson(
        result.events(),
        result.valid(),
        result.firstBrokenEvent().isPresent() ? result.firstBrokenEvent().getAsLong() : null);
  }

  /** The verification's answer ({@code firstBrokenEvent} is null when the trail is intact). */
  @JsonbNillable
  public record VerificationJson(long events, boolean valid, Long firstBrokenEvent) {}
}
