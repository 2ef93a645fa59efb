package org.ecrf.dosing.api;

import java.util.List;
import org.ecrf.dosing.application.DryRunOutcome;
import org.ecrf.dosing.domain.DosingAdvice;
import org.ecrf.dosing.domain.DryRunDifference;
import org.ecrf.dosing.domain.RuleSetHeader;

/**
 * A dry run as the API gives it: both rule sets, how many infusions were compared (and how many
 * could not be), and each infusion whose advice would change, with the advice before and after.
 *
 * @param study the study's OID
 * @param current the rule set in use, with its MetaDataVersion
 * @param candidate the rule set of the candidate file, with the MetaDataVersion it carries
 * @param infusionsCompared stored infusions advised by both rule sets
 * @param infusionsNotCompared stored infusions no rule set can advise (no weight, no level)
 * @param differences the infusions whose advice would change, by subject and treatment week
 */
public record DryRunJson(
    String study,
    RuleSetJson current,
    RuleSetJson candidate,
    int infusionsCompared,
    int infusionsNotCompared,
    List<DifferenceJson> differences) {

  static DryRunJson of(DryRunOutcome outcome) {
    return new DryRunJson(
        outcome.study(),
        RuleSetJson.of(outcome.report().current(), outcome.currentMetaDataVersion()),
        RuleSetJson.of(outcome.report().candidate(), outcome.candidateMetaDataVersion()),
        outcome.report().casesCompared(),
        outcome.infusionsNotCompared(),
        outcome.report().differences().stream().map(DifferenceJson::of).toList());
  }

  /** A rule set: "TOPIT proactive TDM v2", its version, status and the definition it is in. */
  public record RuleSetJson(
      String label, int version, String name, String status, String metaDataVersion) {

    static RuleSetJson of(RuleSetHeader header, String metaDataVersion) {
      return new RuleSetJson(
          header.label(), header.version(), header.name(), header.status().name(), metaDataVersion);
    }
  }

  /** One infusion whose advice would change, and in what ways (DOSE, INTERVAL, RULE, FLAGS). */
  public record DifferenceJson(
      String subjectKey,
      String eventOid,
      int week,
      List<String> kinds,
      AdviceJson current,
      AdviceJson candidate) {

    static DifferenceJson of(DryRunDifference difference) {
      return new DifferenceJson(
          difference.subjectKey(),
          difference.visit().studyEventOid(),
          difference.visit().week(),
          difference.differences().stream().map(Enum::name).sorted().toList(),
          AdviceJson.of(difference.current()),
          AdviceJson.of(difference.candidate()));
    }
  }

  /** One advice: dose (mg/kg and mg), interval in weeks, the rule that fired (or ""), flags. */
  public record AdviceJson(
      String status,
      String doseMgPerKg,
      String doseMg,
      int intervalWeeks,
      String ruleOid,
      List<String> flags) {

    static AdviceJson of(DosingAdvice advice) {
      return new AdviceJson(
          advice.status().name(),
          advice.recommendation().doseMgPerKg().stripTrailingZeros().toPlainString(),
          advice.recommendation().doseMg().stripTrailingZeros().toPlainString(),
          advice.recommendation().intervalWeeks(),
          advice.ruleOid().orElse(""),
          advice.flags().stream().map(Enum::name).sorted().toList());
    }
  }
}
