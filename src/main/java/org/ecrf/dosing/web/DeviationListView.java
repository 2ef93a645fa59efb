package org.ecrf.dosing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.dosing.application.DeviationListing;
import org.ecrf.dosing.application.DeviationRow;

/**
 * The protocol-deviation listing ({@code dosing/deviations.xhtml?study=TOPIT}): every override and
 * every infusion that differs from the recommendation, for the children the caller may list (see
 * {@link DeviationListing}).
 */
@Named
@RequestScoped
public class DeviationListView {

  @Inject private DeviationListing listing;
  @Inject private DefinitionService definitions;

  private String study;
  private List<DeviationRow> rows = List.of();

  public void load() {
    study = definitions.studyOrFirst(study);
    rows = listing.deviations(study);
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public List<DeviationRow> getRows() {
    return rows;
  }
}
