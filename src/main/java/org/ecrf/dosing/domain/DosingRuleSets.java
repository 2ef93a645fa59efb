package org.ecrf.dosing.domain;

import static org.ecrf.dosing.domain.DosingAction.CONTINUE;
import static org.ecrf.dosing.domain.DosingAction.DEESCALATE;
import static org.ecrf.dosing.domain.DosingAction.DISCUSS_SWITCH;
import static org.ecrf.dosing.domain.DosingAction.INCREASE_DOSE;
import static org.ecrf.dosing.domain.DosingAction.REINDUCE;
import static org.ecrf.dosing.domain.DosingAction.SHORTEN_INTERVAL;
import static org.ecrf.dosing.domain.DosingCondition.ABOVE_TARGET;
import static org.ecrf.dosing.domain.DosingCondition.ATI_POSITIVE_BELOW_TARGET;
import static org.ecrf.dosing.domain.DosingCondition.BELOW_TARGET;
import static org.ecrf.dosing.domain.DosingCondition.BELOW_TARGET_AT_MIN_INTERVAL;
import static org.ecrf.dosing.domain.DosingCondition.IN_TARGET;
import static org.ecrf.dosing.domain.DosingCondition.UNDETECTABLE;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reference rule sets. {@link #topitDefaults()} is the provisional TOPIT set of the study
 * definition (issue 6), built from the published designs in domain spec §1.3-§1.5 because the TOPIT
 * protocol's algorithm was not available; it serves as the reference for tests and for the study
 * definition's {@code DosingRuleSet} element.
 */
public final class DosingRuleSets {

  /** The OID of the week 14 visit, the first maintenance infusion, which has its own window. */
  public static final String WEEK_14 = "SE.WEEK14";

  private static final BigDecimal FIVE = BigDecimal.valueOf(5);
  private static final BigDecimal TEN = BigDecimal.TEN;

  private DosingRuleSets() {}

  /**
   * TOPIT proactive TDM, version 1, PROVISIONAL: 5 mg/kg at weeks 0, 2, 6 then every 8 weeks; every
   * 4-8 weeks in steps of 2, 5-10 mg/kg; target at least 5 µg/mL at week 14 and 5-10 µg/mL
   * otherwise; rules in the order switch, re-induce, shorten, escalate, de-escalate, continue.
   */
  public static DosingRuleSet topitDefaults() {
    return new DosingRuleSet(
        new RuleSetHeader(
            1,
            "TOPIT proactive TDM",
            RuleSetStatus.PROVISIONAL,
            "Defaults follow published designs (TAXIT, Korean paediatric RCT, NASPGHAN 2025);"
                + " to be confirmed against the TOPIT protocol."),
        new StandardRegimen(FIVE, List.of(0, 2, 6), 8),
        new DosingLimits(4, 8, 2, FIVE, TEN),
        List.of(TargetWindow.forStudyEvent(WEEK_14, FIVE, null), TargetWindow.byDefault(FIVE, TEN)),
        topitRules());
  }

  private static List<DosingRule> topitRules() {
    return List.of(
        switchRule(),
        reinductionRule(),
        shortenRule(),
        escalationRule(),
        deescalationRule(),
        continueRule());
  }

  private static DosingRule switchRule() {
    return DosingRule.of(
        "DR.SWITCH",
        ATI_POSITIVE_BELOW_TARGET,
        DISCUSS_SWITCH,
        "General teaching pattern, not a trial rule: antibodies with a low level call for a"
            + " change of drug class, a low level without antibodies for dose optimisation"
            + " (domain spec §1.5 [S]).",
        "Antibodies to infliximab together with a low level point to immune-mediated loss of"
            + " the drug, which more infliximab rarely overcomes. The team should discuss a"
            + " switch rather than escalate automatically.");
  }

  private static DosingRule reinductionRule() {
    return DosingRule.withDose(
        "DR.REINDUCE",
        UNDETECTABLE,
        REINDUCE,
        TEN,
        "NASPGHAN position paper on therapeutic drug monitoring, Felipez et al., JPGN"
            + " 2025;81:1100-1117, as summarised in domain spec §1.4 and §1.5 [S].",
        "An undetectable level without antibodies means the child has practically no drug"
            + " exposure. The paediatric position is a full re-induction with dose escalation:"
            + " 10 mg/kg now and the next infusion two weeks later, as at the start of"
            + " induction.");
  }

  private static DosingRule shortenRule() {
    return DosingRule.of(
        "DR.SHORTEN",
        BELOW_TARGET,
        SHORTEN_INTERVAL,
        "Korean paediatric proactive TDM trial KCT0005190 (interval shortened by 2-4 weeks"
            + " when the level was below 6 µg/mL); interval steps q8w to q6w to q4w as in"
            + " TAILORIX and REACH (domain spec §1.3, §1.5 [V]).",
        "A level below the window without antibodies suggests the child clears the drug"
            + " fast. Giving the same dose two weeks earlier raises the trough; in the Korean"
            + " paediatric trial this strategy improved endoscopic healing.");
  }

  private static DosingRule escalationRule() {
    return DosingRule.withDose(
        "DR.ESCALATE",
        BELOW_TARGET_AT_MIN_INTERVAL,
        INCREASE_DOSE,
        TEN,
        "Escalation to 10 mg/kg as in TAILORIX and REACH (domain spec §1.3, §1.5 [V]);"
            + " above 5 mg/kg every 8 weeks is off-label in children (NCT02566889 [S]).",
        "The interval is already the shortest allowed and the level is still low, so the"
            + " dose is raised to 10 mg/kg. This is the last step of escalation in this rule"
            + " set.");
  }

  private static DosingRule deescalationRule() {
    return DosingRule.of(
        "DR.DEESCALATE",
        ABOVE_TARGET,
        DEESCALATE,
        "TAXIT (ECCO 2012 abstract OP11): levels above the window led to a dose"
            + " reduction (domain spec §1.3, §1.5 [S]).",
        "A level above the window adds exposure without known extra benefit. One step back"
            + " towards the standard regimen: first the dose down to 5 mg/kg, then the"
            + " interval back towards every 8 weeks.");
  }

  private static DosingRule continueRule() {
    return DosingRule.of(
        "DR.CONTINUE",
        IN_TARGET,
        CONTINUE,
        "Paediatric maintenance thresholds around 5 µg/mL for biochemical remission and"
            + " mucosal healing (Curr Opin Rheumatol 2020 review table) and NASPGHAN 2025"
            + " (over 5-7 µg/mL by week 14) (domain spec §1.4). The upper bound 10 µg/mL is"
            + " a project default without a cited source.",
        "The level is within the target window: the current dose and interval keep the"
            + " child's exposure where it should be.");
  }
}
