package org.ecrf.dosing.domain;

import java.util.List;

/**
 * A dosing rule set that is internally inconsistent (for example no default target window, a
 * duplicate rule OID, a rule that can never fire). It lists every problem found, not only the
 * first, so a data manager can fix the study definition in one pass.
 */
public class InvalidDosingRuleSetException extends IllegalArgumentException {

  private final String ruleSet;
  private final List<String> problems;

  public InvalidDosingRuleSetException(String ruleSet, List<String> problems) {
    super("Dosing rule set '" + ruleSet + "' is invalid: " + String.join("; ", problems));
    this.ruleSet = ruleSet;
    this.problems = List.copyOf(problems);
  }

  /** The label of the rule set, e.g. "TOPIT proactive TDM v2". */
  public String ruleSet() {
    return ruleSet;
  }

  /** One sentence per problem, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
