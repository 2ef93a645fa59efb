package org.ecrf.dosing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSetDryRunTest {

  private final DosingRuleSet current = DosingRuleSets.topitDefaults();
  private final RuleSetDryRun dryRun = new RuleSetDryRun(AdvisorSettings.defaults());

  /**
   * Version 2 raises the lower bound to 6 µg/mL everywhere (the Korean RCT threshold) and escalates
   * to 7.5 mg/kg instead of 10.
   */
  private DosingRuleSet candidate() {
    List<DosingRule> rules = new ArrayList<>(current.rules());
    DosingRule escalate = current.rule("DR.ESCALATE").orElseThrow();
    rules.set(
        rules.indexOf(escalate),
        DosingRule.withDose(
            escalate.oid(),
            escalate.condition(),
            escalate.action(),
            new BigDecimal("7.5"),
            escalate.source(),
            escalate.rationale()));
    BigDecimal six = BigDecimal.valueOf(6);
    return new DosingRuleSet(
        new RuleSetHeader(2, current.name(), RuleSetStatus.PROVISIONAL, "candidate"),
        current.standardRegimen(),
        current.limits(),
        List.of(
            TargetWindow.forStudyEvent("SE.WEEK14", six, null),
            TargetWindow.byDefault(six, BigDecimal.TEN)),
        rules);
  }

  @Test
  void listsPerSubjectAndVisitWhereTheCandidateAdvisesDifferently() throws IOException {
    Map<DryRunCase, Set<AdviceDifference>> expected = readCases();

    DryRunReport report = dryRun.compare(current, candidate(), List.copyOf(expected.keySet()));

    Map<String, Set<AdviceDifference>> actual = new LinkedHashMap<>();
    report
        .differences()
        .forEach(
            d -> actual.put(d.subjectKey() + " " + d.visit().studyEventOid(), d.differences()));
    Map<String, Set<AdviceDifference>> wanted = new LinkedHashMap<>();
    expected.forEach(
        (dryRunCase, kinds) -> {
          if (!kinds.isEmpty()) {
            wanted.put(
                dryRunCase.subjectKey() + " " + dryRunCase.situation().visit().studyEventOid(),
                kinds);
          }
        });
    assertThat(actual).containsExactlyEntriesOf(wanted);
    assertThat(report.casesCompared()).isEqualTo(expected.size());
    assertThat(report.unchangedCount()).isEqualTo(expected.size() - wanted.size());
    assertThat(report.current().version()).isEqualTo(1);
    assertThat(report.candidate().version()).isEqualTo(2);
  }

  @Test
  void carriesBothAdvicesOfADifference() {
    DryRunCase lowLevel =
        new DryRunCase(
            "S001",
            Situations.guided("SE.WEEK22", 22, "5.5", AntibodyStatus.NEGATIVE, Regimen.of("5", 8)));

    DryRunReport report = dryRun.compare(current, candidate(), List.of(lowLevel));

    DryRunDifference difference = report.differencesFor("S001").get(0);
    assertThat(difference.current().ruleOid()).contains("DR.CONTINUE");
    assertThat(difference.current().recommendation().intervalWeeks()).isEqualTo(8);
    assertThat(difference.candidate().ruleOid()).contains("DR.SHORTEN");
    assertThat(difference.candidate().recommendation().intervalWeeks()).isEqualTo(6);
    assertThat(difference.candidate().ruleSet().version()).isEqualTo(2);
    assertThat(report.differencesFor("S999")).isEmpty();
  }

  @Test
  void sameRuleSetInAnotherVersionShowsNoDifference() throws IOException {
    DosingRuleSet sameContent =
        new DosingRuleSet(
            new RuleSetHeader(2, current.name(), RuleSetStatus.RELEASED, ""),
            current.standardRegimen(),
            current.limits(),
            current.targetWindows(),
            current.rules());

    DryRunReport report = dryRun.compare(current, sameContent, List.copyOf(readCases().keySet()));

    assertThat(report.differences()).isEmpty();
    assertThat(report.unchangedCount()).isEqualTo(report.casesCompared());
  }

  @Test
  void namesSubjectVisitAndRuleSetWhenACaseCannotBeAdvised() {
    DosingRuleSet longerInduction =
        new DosingRuleSet(
            new RuleSetHeader(3, current.name(), RuleSetStatus.PROVISIONAL, ""),
            new StandardRegimen(BigDecimal.valueOf(5), List.of(0, 2, 6, 10), 8),
            current.limits(),
            current.targetWindows(),
            current.rules());
    DryRunCase week8 =
        new DryRunCase(
            "S007",
            DosingSituation.standard(new InfusionVisit("SE.UNSCHEDULED", 8), BigDecimal.TEN));

    assertThatThrownBy(() -> dryRun.compare(current, longerInduction, List.of(week8)))
        .hasMessageStartingWith(
            "Dry run: subject S007, visit SE.UNSCHEDULED (week 8), rule set TOPIT proactive TDM"
                + " v3: Week 8 is not an infusion week");
  }

  /** The cases of dry-run-cases.csv with their expected differences, in file order. */
  private static Map<DryRunCase, Set<AdviceDifference>> readCases() throws IOException {
    Map<DryRunCase, Set<AdviceDifference>> cases = new LinkedHashMap<>();
    try (InputStream in =
        RuleSetDryRunTest.class.getResourceAsStream("/dosing/dry-run-cases.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (String line : Arrays.asList(lines).subList(1, lines.length)) {
        String[] f = line.split(",", -1);
        DosingSituation situation =
            Situations.situation(
                TreatmentArm.valueOf(f[1]),
                f[2],
                Integer.parseInt(f[3]),
                f[4],
                AntibodyStatus.valueOf(f[5]),
                f[6].isEmpty() ? null : f[6],
                f[7].isEmpty() ? null : Integer.valueOf(f[7]),
                f[8]);
        Set<AdviceDifference> kinds = EnumSet.noneOf(AdviceDifference.class);
        Arrays.stream(f[9].trim().split("\\s+"))
            .filter(s -> !s.isEmpty())
            .map(AdviceDifference::valueOf)
            .forEach(kinds::add);
        cases.put(new DryRunCase(f[0], situation), kinds);
      }
    }
    return cases;
  }
}
