package org.ecrf.dosing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks that make a {@link DosingRuleSet} usable: every finding reaches a rule, once. */
final class RuleSetConsistency {

  private final StandardRegimen standard;
  private final DosingLimits limits;
  private final List<TargetWindow> windows;
  private final List<DosingRule> rules;
  private final List<String> problems = new ArrayList<>();

  private RuleSetConsistency(
      StandardRegimen standard,
      DosingLimits limits,
      List<TargetWindow> windows,
      List<DosingRule> rules) {
    this.standard = standard;
    this.limits = limits;
    this.windows = windows;
    this.rules = rules;
  }

  /** Every problem of the given parts, in a stable order; empty when they form a usable set. */
  static List<String> problemsOf(
      StandardRegimen standard,
      DosingLimits limits,
      List<TargetWindow> windows,
      List<DosingRule> rules) {
    RuleSetConsistency check = new RuleSetConsistency(standard, limits, windows, rules);
    check.checkStandardRegimenWithinLimits();
    check.checkWindows();
    check.checkRuleOrder();
    check.checkCoverage();
    check.checkRuleDoses();
    return List.copyOf(check.problems);
  }

  private void checkStandardRegimenWithinLimits() {
    if (!limits.allowsDose(standard.doseMgPerKg())) {
      problems.add(
          "the standard dose "
              + Decimals.text(standard.doseMgPerKg())
              + " mg/kg lies outside the dose limits");
    }
    if (!limits.allowsInterval(standard.maintenanceIntervalWeeks())) {
      problems.add(
          "the standard maintenance interval of "
              + standard.maintenanceIntervalWeeks()
              + " weeks lies outside the interval limits");
    }
  }

  private void checkWindows() {
    long defaults = windows.stream().filter(TargetWindow::isDefault).count();
    if (defaults == 0) {
      problems.add("no default target window (a TargetWindow without StudyEventOID)");
    } else if (defaults > 1) {
      problems.add(defaults + " default target windows; exactly one is allowed");
    }
    Set<String> seen = new HashSet<>();
    windows.stream()
        .map(TargetWindow::studyEventOid)
        .flatMap(Optional::stream)
        .filter(oid -> !seen.add(oid))
        .forEach(oid -> problems.add("two target windows for study event " + oid));
  }

  private void checkRuleOrder() {
    if (rules.isEmpty()) {
      problems.add("no rules");
    }
    Set<String> oids = new HashSet<>();
    Set<DosingCondition> earlier = EnumSet.noneOf(DosingCondition.class);
    for (DosingRule rule : rules) {
      if (!oids.add(rule.oid())) {
        problems.add("duplicate rule OID " + rule.oid());
      }
      if (isCoveredBy(rule.condition(), earlier)) {
        problems.add(
            "rule "
                + rule.oid()
                + " can never fire: earlier rules already cover condition "
                + rule.condition());
      }
      earlier.add(rule.condition());
    }
  }

  /**
   * Undetectable and antibody-positive levels are below target, so the two below rules cover them.
   */
  private static boolean isCoveredBy(DosingCondition condition, Set<DosingCondition> earlier) {
    boolean belowCovered =
        earlier.contains(DosingCondition.BELOW_TARGET)
            && earlier.contains(DosingCondition.BELOW_TARGET_AT_MIN_INTERVAL);
    return earlier.contains(condition)
        || (belowCovered
            && (condition == DosingCondition.UNDETECTABLE
                || condition == DosingCondition.ATI_POSITIVE_BELOW_TARGET));
  }

  private void checkCoverage() {
    Set<DosingCondition> present = EnumSet.noneOf(DosingCondition.class);
    rules.forEach(rule -> present.add(rule.condition()));
    List<DosingCondition> needed =
        new ArrayList<>(
            List.of(
                DosingCondition.BELOW_TARGET,
                DosingCondition.BELOW_TARGET_AT_MIN_INTERVAL,
                DosingCondition.IN_TARGET));
    if (windows.stream().anyMatch(window -> window.highUgPerMl().isPresent())) {
      needed.add(DosingCondition.ABOVE_TARGET);
    }
    needed.stream()
        .filter(condition -> !present.contains(condition))
        .forEach(
            condition ->
                problems.add(
                    "no rule for condition "
                        + condition
                        + "; every measured level must lead to a rule"));
  }

  private void checkRuleDoses() {
    for (DosingRule rule : rules) {
      if (rule.doseMgPerKg().isEmpty()) {
        continue;
      }
      BigDecimal dose = rule.doseMgPerKg().get();
      if (!limits.allowsDose(dose)) {
        problems.add(
            "rule "
                + rule.oid()
                + " dose "
                + Decimals.text(dose)
                + " mg/kg lies outside the dose limits "
                + Decimals.text(limits.minDoseMgPerKg())
                + "-"
                + Decimals.text(limits.maxDoseMgPerKg())
                + " mg/kg");
      }
      if (rule.action() == DosingAction.INCREASE_DOSE
          && dose.compareTo(standard.doseMgPerKg()) <= 0) {
        problems.add(
            "rule "
                + rule.oid()
                + " increases the dose to "
                + Decimals.text(dose)
                + " mg/kg, which is not above the standard dose");
      }
    }
  }
}
