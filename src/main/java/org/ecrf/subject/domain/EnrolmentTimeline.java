package org.ecrf.subject.domain;

import java.time.YearMonth;
import java.util.List;

/**
 * Cumulative registrations and randomisations per site at the end of each calendar month, every
 * month from the one before the first registration (all nought) to the current month, with no gaps.
 *
 * @param months the months, oldest first; empty when nobody is registered yet
 * @param sites one curve per site, in site order
 */
public record EnrolmentTimeline(List<YearMonth> months, List<SiteCurve> sites) {

  public EnrolmentTimeline {
    months = List.copyOf(months);
    sites = List.copyOf(sites);
  }

  /**
   * The cumulative counts of a site, one per month of the timeline.
   *
   * @param registered children registered at the site up to the end of each month
   * @param randomised children of the site randomised up to the end of each month
   */
  public record SiteCurve(String siteCode, List<Integer> registered, List<Integer> randomised) {

    public SiteCurve {
      registered = List.copyOf(registered);
      randomised = List.copyOf(randomised);
    }
  }
}
