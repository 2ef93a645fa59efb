package org.ecrf.monitoring.application;

import java.io.Serializable;

/**
 * One site's line of the monitoring dashboard.
 *
 * @param site the site code
 * @param subjects the subjects the caller sees there
 * @param formsStarted stored forms
 * @param formsComplete forms complete, verified or signed
 * @param formsFrozenOrLocked forms frozen or locked
 * @param formsNeedingSdv forms whose SDV plan names stored item values
 * @param formsSdvDone of those, the forms with every such value verified
 * @param queriesUnder7Days unresolved queries raised less than 7 days ago
 * @param queries7To30Days unresolved queries 7 to 30 days old
 * @param queriesOver30Days unresolved queries older than 30 days
 * @param overdueVisits visits not done, not marked missed, whose window has closed
 * @param scheduleUnknown subjects whose schedule cannot be computed (overdue visits not counted)
 */
public record SiteFigures(
    String site,
    int subjects,
    int formsStarted,
    int formsComplete,
    int formsFrozenOrLocked,
    int formsNeedingSdv,
    int formsSdvDone,
    int queriesUnder7Days,
    int queries7To30Days,
    int queriesOver30Days,
    int overdueVisits,
    int scheduleUnknown)
    implements Serializable {

  public int unresolvedQueries() {
    return queriesUnder7Days + queries7To30Days + queriesOver30Days;
  }

  /** The running counts of one site while the dashboard is computed. */
  static final class Counter {
    int subjects;
    int formsStarted;
    int formsComplete;
    int formsFrozenOrLocked;
    int formsNeedingSdv;
    int formsSdvDone;
    final int[] queries = new int[3];
    int overdueVisits;
    int scheduleUnknown;

    SiteFigures figures(String site) {
      return new SiteFigures(
          site,
          subjects,
          formsStarted,
          formsComplete,
          formsFrozenOrLocked,
          formsNeedingSdv,
          formsSdvDone,
          queries[0],
          queries[1],
          queries[2],
          overdueVisits,
          scheduleUnknown);
    }
  }
}
