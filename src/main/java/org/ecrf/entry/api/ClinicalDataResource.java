package org.ecrf.entry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ecrf.entry.application.ClinicalDataImport;
import org.ecrf.entry.application.ImportReport;
import org.ecrf.platform.api.ErrorResponse;

/**
 * {@code POST /api/v1/studies/{study}/clinicaldata}: imports an ODM 1.3.2 file (ClinicalData; body
 * {@code application/xml} or {@code text/xml}), also the door for central laboratory data. Each
 * form is stored or refused on its own (all or nothing per form, one transaction each, an audit
 * event per change with source IMPORT and the file's reason); the answer says per form, item group
 * and item what was stored, removed, left unchanged or refused, and why.
 *
 * <p>HTTP: 200 when the file was read (even if every form was refused); 400 when it is not
 * well-formed XML, not ODM 1.3, or not valid against the ODM 1.3.2 schema (nothing is stored, the
 * faults come with line and column); 403 for callers who enter data nowhere (only investigators,
 * nurses and data managers import); 404 for an unknown study; 413 above {@code
 * ecrf.clinicaldata.max-bytes} (default 16 MiB); 415 for another content type. The body is spooled
 * to a temporary file and validated against the schema before any form is stored, so a truncated
 * upload stores nothing. {@code ?lenient=true} ignores vendor-extension elements and attributes
 * (other namespaces) with a warning instead of refusing.
 *
 * <p>What the file's elements mean:
 *
 * <ul>
 *   <li><b>Transaction types.</b> A form's type is its own, else that of its StudyEventData or
 *       SubjectData (Context skipped); a Snapshot file without any means Insert. Insert refuses a
 *       form that has data already; Update refuses one without data; Upsert takes either; Remove of
 *       a form, visit or subject is refused (subjects are registered, not imported). Each type is
 *       checked at the level that carries it: an ItemGroupData's Insert needs a new row, Update a
 *       stored one, Remove removes a stored row of a repeating group (with a reason); an ItemData's
 *       own Insert needs an empty item, Update and Remove a stored value, Context leaves the item
 *       alone. In a Transactional file an item with no type on itself, its group or its form is
 *       refused.
 *   <li><b>Merge.</b> The file's values are laid over the stored form: items the file does not name
 *       keep their values; IsNull="Yes" (or Remove) clears an item; MeasurementUnitRef is the
 *       value's unit (none: the item's standard unit). The whole merged form is then checked by the
 *       same engine as the entry page; a value sent for an item not collected for the child
 *       (CollectionExceptionCondition) is refused rather than dropped.
 *   <li><b>Reason for change.</b> Changing or clearing a stored value, or removing a row, needs the
 *       ReasonForChange of the nearest AuditRecord (item, group, form, visit, subject); without one
 *       the form is refused. Values with different reasons in one form refuse the form (one save
 *       records one reason): send one FormData per reason. The AuditRecord's user, location and
 *       time are not taken over: the audit trail records the importing account and the time of the
 *       import.
 *   <li><b>Warnings.</b> Soft range checks do not stop an import: the value is stored, the warning
 *       stays open for the site to confirm, and the answer lists it as a WARNING.
 *   <li><b>Access.</b> As on the entry page: investigators and nurses for their sites' children,
 *       data managers for any (the central laboratory). A subject the caller may not see is refused
 *       with "No subject ..." exactly as an unknown one. Items the caller's roles are blinded to
 *       for the child (TOPIT: trough levels of the standard arm for site staff) are refused, so
 *       that no answer tells anything about their stored values. A form whose values are all as
 *       stored is UNCHANGED and not written at all (no new version, no audit event).
 * </ul>
 *
 * <p>Answer (200):
 *
 * <pre>{@code
 * {"studyOid": "TOPIT", "fileOid": "LAB-2026-0042", "read": "READ_TO_END",
 *  "counts": {"forms": 2, "formsStored": 1, "formsUnchanged": 0, "formsRefused": 1,
 *             "itemsStored": 3, "itemsRemoved": 0, "itemsUnchanged": 1, "itemsRefused": 1,
 *             "itemsNotStored": 2},
 *  "forms": [
 *   {"subjectKey": "BER-0001", "studyEventOid": "SE.WEEK6", "studyEventRepeatKey": "1",
 *    "formOid": "F.LAB", "formRepeatKey": "1", "transactionType": "Upsert", "line": 8, "column": 52,
 *    "outcome": "STORED", "version": 3, "reasonForChange": "Lab re-run",
 *    "messages": [],
 *    "itemGroups": [
 *     {"itemGroupOid": "IG.LB_INFLAMMATION", "itemGroupRepeatKey": "1", "line": 9, "column": 60,
 *      "outcome": "STORED", "messages": [],
 *      "items": [
 *       {"itemOid": "I.LB_CRP", "value": "350", "unitOid": "MU.MG_L", "isNull": false,
 *        "line": 10, "column": 50, "outcome": "STORED",
 *        "messages": [{"severity": "WARNING", "text": "Unusually high CRP ..."}]}]}]},
 *   {..., "outcome": "REFUSED", "messages": [{"severity": "ERROR", "text": "No subject ..."}],
 *    "itemGroups": [... "outcome": "NOT_STORED" ...]}],
 *  "faults": [{"line": 3, "column": 9, "kind": "IGNORED_CONTENT", "effect": "WARNING",
 *              "message": "..."}]}
 * }</pre>
 *
 * Outcomes: a form is STORED, UNCHANGED or REFUSED; a group or item STORED, REMOVED, UNCHANGED,
 * REFUSED (with an ERROR message saying why) or NOT_STORED (acceptable, but its form was refused).
 * Fields without a value ({@code transactionType}, {@code version}, {@code value}...) are left out;
 * JSON-B writes the fields of each object in alphabetical order. The 400 answer is the platform's
 * error body plus the faults: {@code {"status": 400, "error": "Bad Request", "field": "body",
 * "message": "12:7 ...", "faults": [...]}}.
 */
@Path("studies/{study}/clinicaldata")
@RequestScoped
@Tag(name = "Clinical data", description = "ODM 1.3.2 clinical data import and export")
public class ClinicalDataResource {

  @Inject private ClinicalDataImport imports;

  @Inject
  @ConfigProperty(name = "ecrf.clinicaldata.max-bytes", defaultValue = "16777216")
  private long maxBytes;

  @POST
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Import ODM 1.3.2 clinical data",
      description =
          "Stores each FormData on its own (all or nothing per form) and answers per form, item"
              + " group and item what was stored, refused and why.")
  @RequestBody(
      required = true,
      content = @Content(mediaType = MediaType.APPLICATION_XML),
      description = "An ODM 1.3.2 file with ClinicalData for this study")
  @APIResponse(
      responseCode = "200",
      description = "The file was read; see each form's outcome",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportReport.class)))
  @APIResponse(
      responseCode = "400",
      description = "Not well-formed, not ODM 1.3 or not valid against the ODM 1.3.2 schema",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RejectedFile.class)))
  @APIResponse(responseCode = "403", description = "The caller enters data nowhere")
  @APIResponse(responseCode = "404", description = "No such study")
  @APIResponse(responseCode = "413", description = "The file is larger than the limit")
  @APIResponse(responseCode = "415", description = "The body is not application/xml or text/xml")
  public Response importClinicalData(
      @Parameter(description = "The study OID, e.g. TOPIT") @PathParam("study") String study,
      @Parameter(description = "Ignore vendor-extension namespaces with a warning")
          @QueryParam("lenient")
          @DefaultValue("false")
          boolean lenient,
      InputStream body)
      throws IOException {
    Optional<SpooledUpload> upload = SpooledUpload.of(body, maxBytes);
    if (upload.isEmpty()) {
      return tooLarge();
    }
    try (SpooledUpload file = upload.get()) {
      ImportReport report = imports.importFile(study, file.source(), maxBytes, lenient);
      if (report.fileRead()) {
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
      }
      if (report.tooLarge()) {
        return tooLarge();
      }
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              new RejectedFile(400, "Bad Request", "body", report.firstError(), report.faults()))
          .build();
    }
  }

  private Response tooLarge() {
    return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ErrorResponse(
                413, "Payload Too Large", "body", "The file is larger than " + maxBytes + " bytes"))
        .build();
  }

  /**
   * The 400 answer: the platform's error body (status, error, field, message with the first fault's
   * line and column) and every fault of the file.
   */
  public record RejectedFile(
      int status, String error, String field, String message, List<ImportReport.Fault> faults) {}
}
