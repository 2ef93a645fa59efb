package org.ecrf.audit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ecrf.audit.application.AuditHistory;
import org.ecrf.audit.application.AuditHistoryPage;
import org.ecrf.audit.application.AuditQueryParameters;
import org.ecrf.audit.application.AuditRecordView;
import org.ecrf.audit.application.AuditVerification;
import org.ecrf.audit.domain.AuditChainVerifier.ChainVerification;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.crf.application.DefinitionService;

/**
 * The audit trail of a study's clinical data. {@code GET .../audit/events} reads its history, a
 * page at a time, newest first, for the subjects the caller may see ({@code {"total": n, "offset":
 * 0, "limit": 50, "events": [...]}}; 400 naming a wrong parameter, 403 for administrators, 404 for
 * an unknown study or a subject of another site). {@code GET .../audit/verify} (data managers,
 * sponsors) recomputes every hash and answers {@code {"events": n, "valid": true|false,
 * "firstBrokenEvent": id}}; the trail is one chain for the platform, so that answer covers every
 * study's events.
 */
@Path("studies/{study}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditVerification verification;
  @Inject private AuditHistory history;
  @Inject private DefinitionService definitions;
  @Context private UriInfo uriInfo;

  @GET
  @Path("verify")
  @Operation(
      summary = "Verify the audit trail",
      description =
          "Recomputes every hash of the platform's audit trail (data managers, sponsors).")
  public VerificationJson verify(@PathParam("study") String study) {
    ChainVerification result = verification.verifyTrail();
    definitions.current(study);
    return new VerificationJson(
        result.events(),
        result.valid(),
        result.firstBrokenEvent().isPresent() ? result.firstBrokenEvent().getAsLong() : null);
  }

  @GET
  @Path("events")
  @Operation(
      summary = "Read the audit trail of clinical data",
      description =
          "Events of the subjects the caller may see (site roles: their sites; data managers and"
              + " sponsors: all), newest first; every parameter narrows. Administrators may not"
              + " read it.")
  @Parameters({
    @Parameter(name = "subject", in = ParameterIn.QUERY, description = "Subject key, POT-0001"),
    @Parameter(name = "event", in = ParameterIn.QUERY, description = "StudyEvent OID, SE.WEEK0"),
    @Parameter(
        name = "repeat",
        in = ParameterIn.QUERY,
        description = "Visit repeat key (with event)"),
    @Parameter(name = "form", in = ParameterIn.QUERY, description = "Form OID, F.PUCAI"),
    @Parameter(name = "group", in = ParameterIn.QUERY, description = "ItemGroup OID, IG.PUCAI"),
    @Parameter(
        name = "groupRepeat",
        in = ParameterIn.QUERY,
        description = "Item group repeat key (with group)"),
    @Parameter(name = "item", in = ParameterIn.QUERY, description = "Item OID, I.PUCAI_PAIN"),
    @Parameter(name = "user", in = ParameterIn.QUERY, description = "User name of the actor"),
    @Parameter(
        name = "from",
        in = ParameterIn.QUERY,
        description = "Earliest day (2026-03-01, UTC) or time (2026-03-01T09:30:00Z), inclusive"),
    @Parameter(
        name = "to",
        in = ParameterIn.QUERY,
        description = "Latest day (2026-03-31, UTC) or time, inclusive"),
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "Events to skip, default 0"),
    @Parameter(
        name = "limit",
        in = ParameterIn.QUERY,
        description = "Page size 1 to 500, default 50")
  })
  @APIResponse(responseCode = "200", description = "One page of events and the total")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; the answer names it")
  @APIResponse(responseCode = "403", description = "The caller's roles do not read the trail")
  @APIResponse(responseCode = "404", description = "No such study, or no such visible subject")
  public EventsJson events(@PathParam("study") String study) {
    Map<String, String> parameters = new HashMap<>();
    uriInfo.getQueryParameters().forEach((name, values) -> parameters.put(name, values.get(0)));
    AuditHistoryPage page = history.search(AuditQueryParameters.parse(study, parameters));
    return new EventsJson(
        page.total(),
        page.offset(),
        page.limit(),
        page.records().stream().map(EventJson::of).toList());
  }

  /** The verification's answer ({@code firstBrokenEvent} is null when the trail is intact). */
  @JsonbNillable
  public record VerificationJson(long events, boolean valid, Long firstBrokenEvent) {}

  /** One page of the audit trail. */
  public record EventsJson(long total, int offset, int limit, List<EventJson> events) {}

  /**
   * One audit event: time in UTC (ISO 8601), type, user and role, site, source ({@code PAGE},
   * {@code API}, {@code IMPORT}, {@code SYSTEM}), where, old and new value and reason ({@code null}
   * when empty or hidden by blinding, which {@code valuesHidden} says).
   */
  @JsonbNillable
  public record EventJson(
      long id,
      String occurredAt,
      String type,
      String user,
      String role,
      String site,
      String source,
      PathJson path,
      String oldValue,
      String newValue,
      String reason,
      boolean valuesHidden) {

    static EventJson of(AuditRecordView record) {
      AuditEntry entry = record.entry();
      return new EventJson(
          record.id(),
          record.occurredAt().toString(),
          entry.type().name(),
          entry.actor(),
          entry.actorRole(),
          entry.siteCode(),
          entry.source().name(),
          PathJson.of(record.path()),
          entry.oldValue(),
          entry.newValue(),
          entry.reason(),
          record.valuesHidden());
    }
  }

  /** Where in the clinical data, by OIDs and repeat keys ({@code null} below the event's level). */
  @JsonbNillable
  public record PathJson(
      String study,
      String subject,
      String event,
      Integer repeat,
      String form,
      String group,
      Integer groupRepeat,
      String item) {

    static PathJson of(ItemPath path) {
      return new PathJson(
          path.studyOid(),
          path.subjectKey(),
          path.eventOid(),
          path.eventRepeat(),
          path.formOid(),
          path.itemGroupOid(),
          path.itemGroupRepeat(),
          path.itemOid());
    }
  }
}
