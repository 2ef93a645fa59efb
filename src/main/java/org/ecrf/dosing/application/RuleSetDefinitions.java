package org.ecrf.dosing.application;

import org.ecrf.crf.domain.DosingRuleDef;
import org.ecrf.crf.domain.DosingRuleSetDef;
import org.ecrf.crf.domain.TargetWindowDef;
import org.ecrf.dosing.domain.DosingAction;
import org.ecrf.dosing.domain.DosingCondition;
import org.ecrf.dosing.domain.DosingLimits;
import org.ecrf.dosing.domain.DosingRule;
import org.ecrf.dosing.domain.DosingRuleSet;
import org.ecrf.dosing.domain.RuleSetHeader;
import org.ecrf.dosing.domain.RuleSetStatus;
import org.ecrf.dosing.domain.StandardRegimen;
import org.ecrf.dosing.domain.TargetWindow;

/**
 * Turns the dosing rule set as written in a study definition ({@code edc:DosingRuleSet}) into the
 * checked {@link DosingRuleSet} the advisor runs; the study definition says which rules apply, the
 * dosing domain how they work.
 */
public final class RuleSetDefinitions {

  private RuleSetDefinitions() {}

  /**
   * @throws org.ecrf.dosing.domain.InvalidDosingRuleSetException or {@link
   *     IllegalArgumentException} naming the rule or attribute when the written set is inconsistent
   */
  public static DosingRuleSet toRuleSet(DosingRuleSetDef def) {
    return new DosingRuleSet(
        new RuleSetHeader(
            def.header().version(),
            def.header().name(),
            RuleSetStatus.fromCode(def.header().status()),
            def.header().note()),
        new StandardRegimen(
            def.standardRegimen().doseMgPerKg(),
            def.standardRegimen().inductionWeeks(),
            def.standardRegimen().maintenanceIntervalWeeks()),
        new DosingLimits(
            def.limits().minIntervalWeeks(),
            def.limits().maxIntervalWeeks(),
            def.limits().intervalStepWeeks(),
            def.limits().minDoseMgPerKg(),
            def.limits().maxDoseMgPerKg()),
        def.targetWindows().stream().map(RuleSetDefinitions::window).toList(),
        def.rules().stream().map(RuleSetDefinitions::rule).toList());
  }

  private static TargetWindow window(TargetWindowDef def) {
    return new TargetWindow(def.studyEventOid(), def.lowUgPerMl(), def.highUgPerMl());
  }

  private static DosingRule rule(DosingRuleDef def) {
    return new DosingRule(
        def.oid(),
        DosingCondition.fromCode(def.condition()),
        DosingAction.fromCode(def.action()),
        def.doseMgPerKg(),
        def.source(),
        def.rationale());
  }
}
