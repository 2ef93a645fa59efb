package org.ecrf.monitoring.web;

import java.util.List;
import org.ecrf.monitoring.application.SiteFigures;

/** The study's line of the dashboard: every site's figures added up. */
final class SiteTotals {

  private SiteTotals() {}

  static SiteFigures of(List<SiteFigures> sites) {
    return new SiteFigures(
        "",
        sites.stream().mapToInt(SiteFigures::subjects).sum(),
        sites.stream().mapToInt(SiteFigures::formsStarted).sum(),
        sites.stream().mapToInt(SiteFigures::formsComplete).sum(),
        sites.stream().mapToInt(SiteFigures::formsFrozenOrLocked).sum(),
        sites.stream().mapToInt(SiteFigures::formsNeedingSdv).sum(),
        sites.stream().mapToInt(SiteFigures::formsSdvDone).sum(),
        sites.stream().mapToInt(SiteFigures::queriesUnder7Days).sum(),
        sites.stream().mapToInt(SiteFigures::queries7To30Days).sum(),
        sites.stream().mapToInt(SiteFigures::queriesOver30Days).sum(),
        sites.stream().mapToInt(SiteFigures::overdueVisits).sum(),
        sites.stream().mapToInt(SiteFigures::scheduleUnknown).sum());
  }
}
