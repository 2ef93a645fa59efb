package org.ecrf.crf.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.crf.domain.DefinitionFile;

/**
 * {@code GET /api/v1/studies/{study}/metadata}: the study's current definition (or {@code
 * ?version=}) as the ODM file that was stored, byte for byte. Any signed-in user may read it.
 */
@Path("studies/{study}/metadata")
@RequestScoped
public class StudyMetadataResource {

  @Inject private DefinitionService definitions;

  @GET
  @Produces(MediaType.APPLICATION_XML)
  public Response metadata(
      @PathParam("study") String study, @QueryParam("version") String version) {
    String metaDataVersion =
        version == null || version.isBlank()
            ? definitions.current(study).metaDataVersionOid()
            : version;
    DefinitionFile file = definitions.file(study, metaDataVersion);
    return Response.ok(file.content(), MediaType.APPLICATION_XML_TYPE)
        .header(
            "Content-Disposition", "inline; filename=\"" + study + "-" + metaDataVersion + ".xml\"")
        .build();
  }
}
