package org.ecrf.site.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.site.application.SiteService;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteDetails;

/**
 * Sites: {@code GET} lists the sites whose clinical data the caller may see (every site for
 * administrators) and answers 404 for any other site, as for an unknown one; administrators create
 * and change sites.
 */
@Path("sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteResource {

  @Inject private SiteService siteService;
  @Context private UriInfo uriInfo;

  @GET
  public List<SiteJson> visible() {
    return siteService.sitesForCaller().stream().map(SiteJson::of).toList();
  }

  @GET
  @Path("{code}")
  public SiteJson one(@PathParam("code") String code) {
    return SiteJson.of(siteService.visibleSite(code));
  }

  @POST
  public Response create(SiteJson body) {
    if (body == null) {
      throw new InvalidInputException("body", "The request needs a JSON body");
    }
    Site site = siteService.create(body.code(), body.details());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(site.code()).build())
        .entity(SiteJson.of(site))
        .build();
  }

  @PUT
  @Path("{code}")
  public SiteJson update(@PathParam("code") String code, SiteJson body) {
    if (body == null) {
      throw new InvalidInputException("body", "The request needs a JSON body");
    }
    return SiteJson.of(
        siteService.update(code, body.details(), body.active() == null || body.active()));
  }

  /** A site in the API. */
  public record SiteJson(
      String code, String name, String countryCode, String timeZone, Boolean active) {

    static SiteJson of(Site site) {
      return new SiteJson(
          site.code(), site.name(), site.countryCode(), site.zone().getId(), site.isActive());
    }

    SiteDetails details() {
      return new SiteDetails(name, countryCode, timeZone);
    }
  }
}
