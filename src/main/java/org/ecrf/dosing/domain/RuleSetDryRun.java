package org.ecrf.dosing.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs a candidate dosing rule set over existing infusions next to the current one and reports, per
 * subject and visit, where the advice would differ (dose, interval, rule, flags), so a data manager
 * sees the effect before releasing a new version (issue 6). Pure: it reads nothing and changes
 * nothing; both sets are used with the same {@link AdvisorSettings}.
 */
public final class RuleSetDryRun {

  private final AdvisorSettings settings;

  public RuleSetDryRun(AdvisorSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Compares the advices of {@code current} and {@code candidate} for every case.
   *
   * @throws IllegalArgumentException naming the subject, visit and rule set when a case cannot be
   *     advised by one of them
   */
  public DryRunReport compare(
      DosingRuleSet current, DosingRuleSet candidate, List<DryRunCase> cases) {
    DosingAdvisor currentAdvisor = new DosingAdvisor(current, settings);
    DosingAdvisor candidateAdvisor = new DosingAdvisor(candidate, settings);
    List<DryRunDifference> differences = new ArrayList<>();
    for (DryRunCase dryRunCase : cases) {
      DosingAdvice before = advise(currentAdvisor, dryRunCase);
      DosingAdvice after = advise(candidateAdvisor, dryRunCase);
      Set<AdviceDifference> kinds = differencesBetween(before, after);
      if (!kinds.isEmpty()) {
        differences.add(
            new DryRunDifference(
                dryRunCase.subjectKey(), dryRunCase.situation().visit(), kinds, before, after));
      }
    }
    return new DryRunReport(current.header(), candidate.header(), cases.size(), differences);
  }

  private static DosingAdvice advise(DosingAdvisor advisor, DryRunCase dryRunCase) {
    try {
      return advisor.advise(dryRunCase.situation());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Dry run: subject "
              + dryRunCase.subjectKey()
              + ", visit "
              + dryRunCase.situation().visit().describe()
              + ", rule set "
              + advisor.ruleSet().header().label()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** The ways two advices differ; the rule set header and the wording do not count. */
  static Set<AdviceDifference> differencesBetween(DosingAdvice before, DosingAdvice after) {
    Set<AdviceDifference> kinds = EnumSet.noneOf(AdviceDifference.class);
    Recommendation was = before.recommendation();
    Recommendation would = after.recommendation();
    if (was.doseMgPerKg().compareTo(would.doseMgPerKg()) != 0
        || was.doseMg().compareTo(would.doseMg()) != 0) {
      kinds.add(AdviceDifference.DOSE);
    }
    if (was.intervalWeeks() != would.intervalWeeks()) {
      kinds.add(AdviceDifference.INTERVAL);
    }
    if (before.status() != after.status() || !before.ruleOid().equals(after.ruleOid())) {
      kinds.add(AdviceDifference.RULE);
    }
    if (!before.flags().equals(after.flags())) {
      kinds.add(AdviceDifference.FLAGS);
    }
    return kinds;
  }
}
