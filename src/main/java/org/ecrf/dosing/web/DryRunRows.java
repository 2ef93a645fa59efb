package org.ecrf.dosing.web;

import java.io.Serializable;
import java.util.List;
import org.ecrf.dosing.application.DryRunOutcome;
import org.ecrf.dosing.domain.DosingAdvice;
import org.ecrf.dosing.domain.DryRunDifference;
import org.ecrf.dosing.domain.RuleSetHeader;

/**
 * A dry run as the page shows it: both rule sets by label, the counts, and one row per infusion
 * whose advice would change (plain values, so the view can keep them).
 *
 * @param current e.g. "TOPIT proactive TDM v1 (MDV.1)"
 * @param candidate e.g. "TOPIT proactive TDM v2 (MDV.2)"
 * @param compared infusions advised by both rule sets
 * @param notCompared stored infusions no rule set can advise
 * @param rows the infusions whose advice would change
 */
public record DryRunRows(
    String current, String candidate, int compared, int notCompared, List<Row> rows)
    implements Serializable {

  public DryRunRows {
    rows = List.copyOf(rows);
  }

  static DryRunRows of(DryRunOutcome outcome) {
    return new DryRunRows(
        label(outcome.report().current(), outcome.currentMetaDataVersion()),
        label(outcome.report().candidate(), outcome.candidateMetaDataVersion()),
        outcome.report().casesCompared(),
        outcome.infusionsNotCompared(),
        outcome.report().differences().stream().map(Row::of).toList());
  }

  private static String label(RuleSetHeader header, String metaDataVersion) {
    return header.label() + " (" + metaDataVersion + ")";
  }

  /** How many infusions would get different advice. */
  public int changed() {
    return rows.size();
  }

  /**
   * One infusion whose advice would change.
   *
   * @param kinds DOSE, INTERVAL, RULE, FLAGS, in that order
   */
  public record Row(
      String subjectKey, String eventOid, int week, List<String> kinds, Advice before, Advice after)
      implements Serializable {

    static Row of(DryRunDifference difference) {
      return new Row(
          difference.subjectKey(),
          difference.visit().studyEventOid(),
          difference.visit().week(),
          difference.differences().stream().sorted().map(Enum::name).toList(),
          Advice.of(difference.current()),
          Advice.of(difference.candidate()));
    }
  }

  /** One advice: dose, interval, the rule that fired ("" for none) and flags. */
  public record Advice(
      String doseMgPerKg, String doseMg, int intervalWeeks, String ruleOid, List<String> flags)
      implements Serializable {

    static Advice of(DosingAdvice advice) {
      return new Advice(
          advice.recommendation().doseMgPerKg().stripTrailingZeros().toPlainString(),
          advice.recommendation().doseMg().stripTrailingZeros().toPlainString(),
          advice.recommendation().intervalWeeks(),
          advice.ruleOid().orElse(""),
          advice.flags().stream().sorted().map(Enum::name).toList());
    }

    /** The flags as "BELOW_TARGET, SWITCH_DISCUSSION"; empty when there are none. */
    public String flagText() {
      return String.join(", ", flags);
    }
  }
}
