package org.ecrf.subject.web;

import java.util.List;

/**
 * One month of the enrolment figures table: per site, cumulative registrations then randomisations.
 */
public record MonthFigures(String month, List<Integer> counts) {

  public MonthFigures {
    counts = List.copyOf(counts);
  }
}
