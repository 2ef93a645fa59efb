package org.ecrf.dosing.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the advisor recommends before one infusion, and why. It is stored apart from the
 * investigator's decision (domain spec §1.5), so deviations can be derived. Standard-arm advice
 * contains nothing derived from a level: no rule, no flags, a fixed explanation.
 *
 * @param status what kind of advice this is
 * @param recommendation dose (mg/kg and mg) and next interval
 * @param firedRule the rule that fired, with its rationale and source; empty unless {@link
 *     AdviceStatus#RULE_APPLIED}
 * @param flags facts to draw attention to; empty for the standard arm
 * @param explanation an English sentence or two on this child's advice (the page may build its own
 *     localised text from the other fields)
 * @param ruleSet the rule set version the advice came from, and whether it is provisional
 */
public record DosingAdvice(
    AdviceStatus status,
    Recommendation recommendation,
    Optional<DosingRule> firedRule,
    Set<AdviceFlag> flags,
    String explanation,
    RuleSetHeader ruleSet) {

  public DosingAdvice {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(recommendation, "recommendation");
    Objects.requireNonNull(firedRule, "firedRule must be empty, not null");
    if (firedRule.isPresent() != (status == AdviceStatus.RULE_APPLIED)) {
      throw new IllegalArgumentException("A fired rule goes with status RULE_APPLIED only");
    }
    flags = Set.copyOf(flags);
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(ruleSet, "ruleSet");
  }

  /** The OID of the rule that fired ({@code I.INF_REC_RULE}); empty when none did. */
  public Optional<String> ruleOid() {
    return firedRule.map(DosingRule::oid);
  }

  /** The fired rule's rationale; empty when none fired. */
  public Optional<String> rationale() {
    return firedRule.map(DosingRule::rationale);
  }

  /** The fired rule's source; empty when none fired. */
  public Optional<String> source() {
    return firedRule.map(DosingRule::source);
  }

  public boolean hasFlag(AdviceFlag flag) {
    return flags.contains(flag);
  }

  /**
   * True when the page must say the rules are provisional, to be confirmed against the protocol.
   */
  public boolean provisional() {
    return ruleSet.provisional();
  }

  /** The text to show with provisional advice; empty for a released rule set. */
  public Optional<String> provisionalNotice() {
    return ruleSet.provisionalNotice();
  }
}
