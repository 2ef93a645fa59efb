package org.ecrf.entry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecrf.entry.application.ClinicalDataExport;
import org.ecrf.entry.application.ClinicalDataExport.SubjectExport;

/**
 * {@code GET /api/v1/studies/{study}/subjects/{subjectKey}/clinicaldata}: the subject's stored data
 * as an ODM 1.3.2 Snapshot ({@code application/xml}), valid against the ODM 1.3.2 schema: one
 * ClinicalData per MetaDataVersion the forms were entered under, study events (with repeat keys) in
 * protocol order, forms, item groups (with repeat keys) and items in their definition's order,
 * values as stored with their MeasurementUnitRef. Rows removed and items the caller's roles are
 * blinded to are left out; so are visit dates, which ODM 1.3.2 has no attribute for, and form
 * status and audit records (the audit trail has its own API). 404 for a subject the caller may not
 * see, exactly as for an unknown one. Sent back as a Transactional file with Upsert, the same data
 * change nothing.
 */
@Path("studies/{study}/subjects/{subjectKey}/clinicaldata")
@RequestScoped
@Tag(name = "Clinical data", description = "ODM 1.3.2 clinical data import and export")
public class SubjectClinicalDataResource {

  @Inject private ClinicalDataExport export;

  @GET
  @Produces(MediaType.APPLICATION_XML)
  @Operation(
      summary = "A subject's clinical data as ODM 1.3.2",
      description = "Stored, non-removed data the caller may see, as an ODM 1.3.2 Snapshot.")
  @APIResponse(
      responseCode = "200",
      description = "ODM 1.3.2 Snapshot",
      content = @Content(mediaType = MediaType.APPLICATION_XML))
  @APIResponse(responseCode = "404", description = "No such study, or no such subject visible")
  public Response subject(
      @Parameter(description = "The study OID, e.g. TOPIT") @PathParam("study") String study,
      @Parameter(description = "The subject key, e.g. BER-0001") @PathParam("subjectKey")
          String subjectKey) {
    SubjectExport data = export.subject(study, subjectKey);
    StreamingOutput body = out -> export.write(data, out);
    return Response.ok(body, MediaType.APPLICATION_XML_TYPE)
        .header(
            "Content-Disposition",
            "inline; filename=\"" + data.studyOid() + "-" + data.subjectKey() + ".xml\"")
        .build();
  }
}
