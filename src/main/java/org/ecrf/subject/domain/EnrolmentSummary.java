package org.ecrf.subject.domain;

import java.time.YearMonth;
import java.util.List;

/**
 * Where a study's recruitment stands: counts per site and per randomisation stratum, the totals,
 * and the cumulative curves over time.
 *
 * @param sites one row per site, in site order, sites without children included
 * @param strata one row per stratum of the randomisation, empty strata included
 * @param total the whole study
 * @param timeline cumulative registrations and randomisations per site and month
 * @param undatedRandomisations randomised children without a recorded allocation time: counted in
 *     the tables, missing from the curves (should be zero; shown when not)
 * @param asOf the month the summary runs to (the current month)
 */
public record EnrolmentSummary(
    List<SiteEnrolment> sites,
    List<StratumEnrolment> strata,
    EnrolmentCounts total,
    EnrolmentTimeline timeline,
    int undatedRandomisations,
    YearMonth asOf) {

  public EnrolmentSummary {
    sites = List.copyOf(sites);
    strata = List.copyOf(strata);
  }
}
