package org.ecrf.dosing.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned set of trough-guided dosing rules, as declared in the study definition's {@code
 * DosingRuleSet} extension: the standard regimen, the limits of adjustment, the target windows and
 * the ordered rules. Rules are evaluated in order and the first whose condition holds fires, so the
 * order is the priority. Construction checks the set is consistent and throws {@link
 * InvalidDosingRuleSetException} listing every problem.
 *
 * <p>Besides each part's own checks, a set must have exactly one default target window and at most
 * one window per study event; unique rule OIDs; no rule that earlier rules make unreachable; a rule
 * for every measured level (BELOW_TARGET, BELOW_TARGET_AT_MIN_INTERVAL, IN_TARGET, and ABOVE_TARGET
 * when a window has an upper bound); rule doses within the dose limits, an increase above the
 * standard dose; and the standard regimen within the limits.
 *
 * @param header version, name, status and note
 * @param standardRegimen the schedule of the standard arm and of induction
 * @param limits the bounds of the guided arm's maintenance regimen
 * @param targetWindows one default window and any visit-specific ones
 * @param rules in priority order
 */
public record DosingRuleSet(
    RuleSetHeader header,
    StandardRegimen standardRegimen,
    DosingLimits limits,
    List<TargetWindow> targetWindows,
    List<DosingRule> rules) {

  public DosingRuleSet {
    Objects.requireNonNull(header, "A dosing rule set needs its header");
    String label = header.label();
    Objects.requireNonNull(standardRegimen, () -> label + " needs a StandardRegimen");
    Objects.requireNonNull(limits, () -> label + " needs Limits");
    targetWindows = List.copyOf(Objects.requireNonNull(targetWindows, "targetWindows"));
    rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    List<String> problems =
        RuleSetConsistency.problemsOf(standardRegimen, limits, targetWindows, rules);
    if (!problems.isEmpty()) {
      throw new InvalidDosingRuleSetException(label, problems);
    }
  }

  public int version() {
    return header.version();
  }

  public String name() {
    return header.name();
  }

  public RuleSetStatus status() {
    return header.status();
  }

  /** The window of the visit: the one declared for its study event, else the default window. */
  public TargetWindow targetWindowFor(String studyEventOid) {
    return targetWindows.stream()
        .filter(window -> window.studyEventOid().filter(studyEventOid::equals).isPresent())
        .findFirst()
        .orElseGet(this::defaultWindow);
  }

  /** The window for visits without their own. */
  public TargetWindow defaultWindow() {
    return targetWindows.stream().filter(TargetWindow::isDefault).findFirst().orElseThrow();
  }

  /** The rule with this OID, if the set has one. */
  public Optional<DosingRule> rule(String oid) {
    return rules.stream().filter(rule -> rule.oid().equals(oid)).findFirst();
  }

  /** The first rule, in order, whose condition holds and is one of {@code eligible}. */
  Optional<DosingRule> firstRuleFor(TroughFindings findings, Set<DosingCondition> eligible) {
    return rules.stream()
        .filter(rule -> eligible.contains(rule.condition()))
        .filter(rule -> rule.condition().holdsFor(findings))
        .findFirst();
  }

  /** The first rule, in order, whose condition holds. */
  Optional<DosingRule> firstRuleFor(TroughFindings findings) {
    return firstRuleFor(findings, EnumSet.allOf(DosingCondition.class));
  }
}
