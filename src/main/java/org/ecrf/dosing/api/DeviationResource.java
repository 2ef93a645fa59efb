package org.ecrf.dosing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ecrf.dosing.application.DeviationListing;
import org.ecrf.dosing.application.DeviationRow;

/**
 * The protocol-deviation listing: {@code GET studies/{study}/dosing/deviations} gives every
 * infusion that was an override or differs from the recommendation, for data managers and sponsors
 * (every child) and investigators (the guided-arm children of their sites); 403 for other roles.
 */
@Path("studies/{study}/dosing/deviations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeviationResource {

  @Inject private DeviationListing listing;

  @GET
  @Operation(summary = "Infusions that deviate from the dosing recommendation")
  public List<DeviationRow> deviations(@PathParam("study") String study) {
    return listing.deviations(study);
  }
}
