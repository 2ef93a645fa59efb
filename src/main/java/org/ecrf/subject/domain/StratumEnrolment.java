package org.ecrf.subject.domain;

import java.util.List;

/**
 * The enrolment counts of one randomisation stratum.
 *
 * @param levels the stratum's level of each stratification factor, in the factors' order (for
 *     diagnosis x site: {@code [DIAGNOSIS=CD, SITE=BER]})
 * @param counts the children registered in the stratum
 */
public record StratumEnrolment(List<Level> levels, EnrolmentCounts counts) {

  public StratumEnrolment {
    levels = List.copyOf(levels);
  }

  /** A stratification factor ({@code DIAGNOSIS}, {@code SITE}, {@code SEX}) and its level. */
  public record Level(String factor, String level) {}
}
