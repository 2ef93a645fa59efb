package org.ecrf.monitoring.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecrf.monitoring.application.ScopeLockResult;
import org.ecrf.monitoring.application.ScopeLockView;
import org.ecrf.monitoring.application.ScopeLocks;
import org.ecrf.monitoring.domain.LockScope;
import org.ecrf.monitoring.domain.ScopeAction;
import org.ecrf.shared.InvalidInputException;

/**
 * {@code POST /api/v1/studies/{study}/lock} with {@code {"scope": "SUBJECT|SITE|STUDY",
 * "subjectKey" (SUBJECT), "site" (SITE), "action": "FREEZE|LOCK|UNLOCK", "reason"}}: a data manager
 * freezes, locks or unlocks every stored form in the scope, each move audited per form. Answers
 * {@code {"scope", "action", "subjects", "formsChanged", "formsUnchanged"}} (200); 400 for a
 * missing field or reason, 403 for anyone but a data manager, 404 for an unknown subject or site,
 * 409 for an unlock of a scope inside a wider lock (the answer names it). A freeze or lock is kept
 * for the scope and refuses saves of every form in it, started or not, until an unlock ends it;
 * {@code GET} lists the locks in force ({@code [{"scope", "scopeKey", "level", "lockedBy",
 * "lockedAt", "reason"}]}, data managers only).
 */
@Path("studies/{study}/lock")
@RequestScoped
@Tag(name = "Monitoring", description = "Form lifecycle, source data verification, queries")
public class LockResource {

  @Inject private ScopeLocks locks;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The subject, site and study locks in force")
  @APIResponse(responseCode = "200", description = "The locks in force, oldest first")
  @APIResponse(responseCode = "403", description = "Not a data manager")
  public List<ScopeLockView> active(@PathParam("study") String study) {
    return locks.active(study);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Freeze, lock or unlock a subject, a site or the study")
  @APIResponse(responseCode = "200", description = "Done; how many forms moved")
  @APIResponse(responseCode = "400", description = "A field or the reason is missing")
  @APIResponse(responseCode = "403", description = "Not a data manager")
  @APIResponse(responseCode = "404", description = "No such subject or site")
  @APIResponse(responseCode = "409", description = "A wider lock holds; unlock it instead")
  public ScopeLockResult lock(@PathParam("study") String study, MonitoringRequests.Lock body) {
    if (body == null) {
      throw new InvalidInputException("scope", "The body names scope, action and reason");
    }
    return locks.apply(
        study,
        MonitoringRequests.parse(LockScope.class, "scope", body.scope()),
        body.subjectKey(),
        body.site(),
        MonitoringRequests.parse(ScopeAction.class, "action", body.action()),
        body.reason());
  }
}
