package org.ecrf.monitoring.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.monitoring.application.MonitoringDashboard;
import org.ecrf.monitoring.application.SiteFigures;
import org.omnifaces.cdi.ViewScoped;

/**
 * The monitoring dashboard ({@code monitoring/dashboard.xhtml?study=TOPIT}): per site, forms
 * complete, SDV done, unresolved queries by age and overdue visits, with the study's totals.
 */
@Named
@ViewScoped
public class MonitoringDashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MonitoringDashboard dashboard;
  @Inject private DefinitionService definitions;

  private String study;
  private List<SiteFigures> sites = List.of();
  private SiteFigures total;

  public void load() {
    study = definitions.studyOrFirst(study);
    sites = study == null ? List.of() : dashboard.bySite(study);
    total = SiteTotals.of(sites);
  }

  public List<SiteFigures> getSites() {
    return sites;
  }

  public SiteFigures getTotal() {
    return total;
  }

  /** A share as a whole percentage, or an empty text when there is nothing to share. */
  public String percent(int part, int whole) {
    return whole == 0 ? "" : Math.round(100.0 * part / whole) + " %";
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }
}
