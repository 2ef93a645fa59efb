package org.ecrf.export.odm;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ecrf.export.application.ExportScope;
import org.ecrf.export.application.OdmStudyExport;
import org.ecrf.export.domain.ExportProgress;
import org.ecrf.export.domain.Reconciliation;
import org.ecrf.export.domain.ReconciliationLine;
import org.ecrf.security.domain.Role;

/**
 * Test-only door to {@link OdmStudyExport} until the integrator's endpoint exists: {@code OdmStudy
 * ExportIT} adds it to the built WAR. {@code GET /api/v1/it/odm-export?roles=MONITOR&site=BER}
 * answers the document and the reconciliation lines as JSON. Never part of the shipped WAR.
 */
@Path("it/odm-export")
@RequestScoped
public class OdmExportProbe {

  @Inject private OdmStudyExport export;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject export(@QueryParam("roles") String roles, @QueryParam("site") String site)
      throws IOException {
    ExportScope scope =
        new ExportScope(
            "TOPIT",
            Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toSet()),
            Optional.ofNullable(site),
            Optional.empty(),
            Optional.empty());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reconciliation reconciliation = export.write(scope, out, ExportProgress.NONE);
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (ReconciliationLine line : reconciliation.lines()) {
      lines.add(
          Json.createObjectBuilder()
              .add("what", line.what())
              .add("read", line.read())
              .add("written", line.written())
              .add("note", line.note()));
    }
    return Json.createObjectBuilder()
        .add("odm", out.toString(StandardCharsets.UTF_8))
        .add("reconciles", reconciliation.reconciles())
        .add("lines", lines)
        .build();
  }
}
