package org.ecrf.crf.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.application.CrfDefinitionRegistry.LoadedVersion;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.crf.domain.DefinitionFile;
import org.ecrf.platform.api.BoundedBody;
import org.ecrf.platform.api.ErrorResponse;

/**
 * Study definition files. {@code POST validate} checks any body (ODM from another system, or not
 * XML at all) and always answers 200 with the report, or 413 above the size limit; {@code POST}
 * stores a valid file as a new version.
 */
@Path("definitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DefinitionResource {

  @Inject private DefinitionService definitions;

  @POST
  @Path("validate")
  @Consumes(MediaType.WILDCARD)
  public Response validate(
      InputStream body,
      @QueryParam("lenient") @DefaultValue("false") boolean lenient,
      @QueryParam("fileName") @DefaultValue("upload.xml") String fileName) {
    Optional<DefinitionFile> file = file(body, fileName, lenient);
    if (file.isEmpty()) {
      return tooLarge();
    }
    return Response.ok(ValidationJson.of(definitions.validate(file.get()))).build();
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      InputStream body,
      @QueryParam("lenient") @DefaultValue("false") boolean lenient,
      @QueryParam("fileName") @DefaultValue("upload.xml") String fileName) {
    Optional<DefinitionFile> file = file(body, fileName, lenient);
    if (file.isEmpty()) {
      return tooLarge();
    }
    DefinitionService.Upload upload = definitions.upload(file.get());
    Response.Status status =
        switch (upload.outcome()) {
          case STORED -> Response.Status.CREATED;
          case UNCHANGED -> Response.Status.OK;
          case INVALID -> Response.Status.BAD_REQUEST;
        };
    return Response.status(status).entity(ValidationJson.of(upload.report())).build();
  }

  @GET
  public List<VersionJson> versions() {
    return definitions.loadedVersions().stream().map(VersionJson::of).toList();
  }

  private Optional<DefinitionFile> file(InputStream body, String fileName, boolean lenient) {
    return BoundedBody.read(body, definitions.maxBytes())
        .map(bytes -> new DefinitionFile(fileName, bytes, lenient));
  }

  private Response tooLarge() {
    return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ErrorResponse(
                413,
                "Payload Too Large",
                "body",
                "The file is larger than " + definitions.maxBytes() + " bytes"))
        .build();
  }

  /** A loaded study definition version. */
  public record VersionJson(
      String study, String metaDataVersion, String source, int events, int forms, int items) {

    static VersionJson of(LoadedVersion version) {
      return new VersionJson(
          version.studyOid(),
          version.metaDataVersionOid(),
          version.source().name(),
          version.definition().events().size(),
          version.definition().forms().size(),
          version.definition().items().size());
    }
  }
}
