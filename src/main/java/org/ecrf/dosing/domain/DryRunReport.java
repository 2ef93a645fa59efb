package org.ecrf.dosing.domain;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of running a candidate rule set over existing data: which infusions would be advised
 * differently, in input order. Infusions advised identically are only counted.
 *
 * @param current the rule set in use
 * @param candidate the rule set to be released
 * @param casesCompared how many infusions were compared
 * @param differences the infusions advised differently
 */
public record DryRunReport(
    RuleSetHeader current,
    RuleSetHeader candidate,
    int casesCompared,
    List<DryRunDifference> differences) {

  public DryRunReport {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(candidate, "candidate");
    differences = List.copyOf(differences);
    if (casesCompared < differences.size()) {
      throw new IllegalArgumentException("More differences than cases compared");
    }
  }

  /** How many infusions would be advised the same. */
  public int unchangedCount() {
    return casesCompared - differences.size();
  }

  /** The differences of one subject, in input order. */
  public List<DryRunDifference> differencesFor(String subjectKey) {
    return differences.stream()
        .filter(difference -> difference.subjectKey().equals(subjectKey))
        .toList();
  }
}
