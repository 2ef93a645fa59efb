package org.ecrf.export.api;

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
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecrf.export.application.ExportJobView;
import org.ecrf.export.application.ExportJobs;
import org.ecrf.export.domain.ExportJobStatus;
import org.ecrf.shared.InvalidInputException;

/**
 * Sponsor exports of a study, for SPONSOR and DATA_MANAGER (403 for other roles, 404 for an unknown
 * study, 400 for a bad format or date). The {@code GET .../export/...} paths run the export and
 * answer the file itself with its SHA-256 in {@code X-Content-SHA256} and the job in {@code
 * X-Export-Id}; an export that fails answers 500 with the reason, and nothing partial is sent.
 * Refusals are JSON, so these paths also accept {@code Accept: application/json}. Long exports are
 * better queued with {@code POST .../exports} (202 with the job and its {@code Location}), watched
 * with {@code GET .../exports/{id}} and fetched from {@code .../file}.
 */
@Path("studies/{study}")
@RequestScoped
@Tag(name = "Export", description = "ODM, SDTM (Dataset-JSON, XPT, CSV) and Define-XML exports")
public class ExportResource {

  @Inject private ExportJobs exports;

  @GET
  @Path("export/odm")
  @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
  @Operation(summary = "The study as ODM 1.3.2: metadata, data, audit records, signatures, queries")
  @APIResponse(responseCode = "200", description = "The ODM file")
  public Response odm(
      @PathParam("study") String study,
      @QueryParam("site") String site,
      @QueryParam("from") String from,
      @QueryParam("to") String to)
      throws IOException {
    return fileOf(exports.runNow(ExportOrders.of(study, "ODM", null, site, from, to)));
  }

  @GET
  @Path("export/sdtm")
  @Produces({"application/zip", MediaType.APPLICATION_JSON})
  @Operation(summary = "The SDTM datasets with their Define-XML, zipped")
  @APIResponse(responseCode = "200", description = "A zip of one file per dataset and define.xml")
  public Response sdtm(
      @PathParam("study") String study,
      @QueryParam("format") String format,
      @QueryParam("site") String site)
      throws IOException {
    if (format == null || format.isBlank()) {
      throw new InvalidInputException("format", "format is required: dataset-json, xpt or csv");
    }
    return fileOf(exports.runNow(ExportOrders.of(study, "SDTM", format, site, null, null)));
  }

  @GET
  @Path("export/define")
  @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
  @Operation(summary = "Define-XML 2.1 of the SDTM datasets")
  @APIResponse(responseCode = "200", description = "The define.xml")
  public Response define(@PathParam("study") String study) throws IOException {
    return fileOf(exports.runNow(ExportOrders.of(study, "DEFINE", null, null, null, null)));
  }

  @POST
  @Path("exports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Queue an export; it runs in the background")
  @APIResponse(responseCode = "202", description = "Queued; the job and its Location")
  public Response queue(@PathParam("study") String study, ExportOrderJson body) {
    if (body == null) {
      throw new InvalidInputException("kind", "The body names at least the kind of export");
    }
    ExportJobView job =
        exports.start(
            ExportOrders.of(
                study, body.kind(), body.format(), body.site(), body.from(), body.to()));
    return Response.accepted(ExportJobJson.of(job))
        .location(URI.create("studies/" + study + "/exports/" + job.id()))
        .build();
  }

  @GET
  @Path("exports")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The study's most recent exports, newest first")
  public List<ExportJobJson> recent(@PathParam("study") String study) {
    return exports.recent(study).stream().map(ExportJobJson::of).toList();
  }

  @GET
  @Path("exports/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One export: progress, and when done its file, checksum and counts")
  public ExportJobJson job(@PathParam("study") String study, @PathParam("id") long id) {
    return ExportJobJson.of(exports.job(study, id));
  }

  @GET
  @Path("exports/{id}/file")
  @Operation(summary = "The file of a finished export")
  @APIResponse(responseCode = "409", description = "Still running, or failed")
  public Response file(@PathParam("study") String study, @PathParam("id") long id)
      throws IOException {
    return ExportDownloads.answer(exports.download(study, id), id);
  }

  private Response fileOf(ExportJobView job) throws IOException {
    if (job.status() != ExportJobStatus.DONE) {
      return Response.serverError()
          .type(MediaType.APPLICATION_JSON)
          .entity(
              new org.ecrf.platform.api.ErrorResponse(
                  500,
                  "Export failed",
                  null,
                  "Export " + job.id() + " failed: " + job.failure().orElse("")))
          .build();
    }
    return ExportDownloads.answer(exports.download(job.request().studyOid(), job.id()), job.id());
  }
}
