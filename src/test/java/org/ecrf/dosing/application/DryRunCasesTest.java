package org.ecrf.dosing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecrf.crf.application.PlatformAlgorithms;
import org.ecrf.crf.odm.CrfDefinitionValidator;
import org.ecrf.crf.odm.ValidationOptions;
import org.ecrf.dosing.domain.AdviceDifference;
import org.ecrf.dosing.domain.AdviceFlag;
import org.ecrf.dosing.domain.AdvisorSettings;
import org.ecrf.dosing.domain.DosingRuleSet;
import org.ecrf.dosing.domain.DryRunDifference;
import org.ecrf.dosing.domain.DryRunReport;
import org.ecrf.dosing.domain.RuleSetDryRun;
import org.ecrf.testing.TopitDefinition;
import org.junit.jupiter.api.Test;

/**
 * The dry-run cases built from stored forms as the advice on the form is, and the TOPIT rule set
 * compared with a candidate whose maintenance window starts at 3 instead of 5 µg/mL.
 */
class DryRunCasesTest {

  private static final LocalDate WEEK_6 = LocalDate.of(2026, 2, 9);
  private static final LocalDate WEEK_14 = WEEK_6.plusWeeks(8);
  private static final LocalDate WEEK_22 = WEEK_14.plusWeeks(8);

  private final InfusionAdvisor advisor =
      InfusionAdvisor.of(TopitDefinition.get(), AdvisorSettings.defaults()).orElseThrow();

  @Test
  void buildsACaseForEveryStoredInfusionThatCanBeAdvisedByTreatmentWeek() {
    DryRunCases cases = new DryRunCases(advisor);

    cases.addChild("POT-001", "TDM", guidedChild("4", "4"));

    assertThat(cases.cases())
        .extracting(c -> c.subjectKey(), c -> c.situation().visit().studyEventOid())
        .containsExactly(
            tuple("POT-001", "SE.WEEK6"),
            tuple("POT-001", "SE.WEEK14"),
            tuple("POT-001", "SE.WEEK22"));
    assertThat(cases.notComparable()).isZero();
  }

  @Test
  void countsAnInfusionWithoutWeightOrTroughAsNotComparable() {
    DryRunCases cases = new DryRunCases(advisor);
    DosingRecord record =
        new DosingRecord(
            List.of(),
            List.of(
                infusion("SE.WEEK6", WEEK_6, "30", "5", "FOLLOW", "8"),
                infusion("SE.WEEK14", WEEK_14, "", "5", "FOLLOW", ""),
                infusion("SE.WEEK22", WEEK_22, "35", "5", "FOLLOW", "")));

    cases.addChild("POT-002", "TDM", record);

    assertThat(cases.cases())
        .extracting(c -> c.situation().visit().studyEventOid())
        .containsExactly("SE.WEEK6");
    assertThat(cases.notComparable()).isEqualTo(2);
  }

  @Test
  void aStandardArmChildsCasesNeedNoLevel() {
    DryRunCases cases = new DryRunCases(advisor);
    DosingRecord infusionsOnly =
        new DosingRecord(
            List.of(),
            List.of(
                infusion("SE.WEEK14", WEEK_14, "35", "5", "", ""),
                infusion("SE.WEEK22", WEEK_22, "35", "5", "", "")));

    cases.addChild("POT-003", "STANDARD", infusionsOnly);

    assertThat(cases.cases()).hasSize(2);
    assertThat(cases.cases())
        .allSatisfy(c -> assertThat(c.situation().trough().available()).isFalse());
  }

  @Test
  void aLowerMaintenanceWindowChangesOnlyTheMaintenanceAdviceOfALevelBetweenTheBounds()
      throws IOException {
    DryRunCases cases = new DryRunCases(advisor);
    cases.addChild("POT-001", "TDM", guidedChild("4", "4"));
    cases.addChild("POT-002", "TDM", guidedChild("4", "7"));
    cases.addChild(
        "POT-003", "STANDARD", new DosingRecord(List.of(), guidedChild("4", "4").infusions()));

    DryRunReport report =
        new RuleSetDryRun(AdvisorSettings.defaults())
            .compare(advisor.ruleSet(), candidate(3), cases.cases());

    assertThat(report.casesCompared()).isEqualTo(9);
    assertThat(report.differences())
        .extracting(DryRunDifference::subjectKey, d -> d.visit().studyEventOid())
        .containsExactly(tuple("POT-001", "SE.WEEK22"));
    DryRunDifference difference = report.differences().get(0);
    assertThat(difference.differences())
        .containsExactlyInAnyOrder(
            AdviceDifference.INTERVAL, AdviceDifference.RULE, AdviceDifference.FLAGS);
    assertThat(difference.current().flags()).containsExactly(AdviceFlag.BELOW_TARGET);
    assertThat(difference.candidate().flags()).isEmpty();
    assertThat(difference.current().recommendation().intervalWeeks()).isEqualTo(4);
    assertThat(difference.candidate().recommendation().intervalWeeks()).isEqualTo(6);
    assertThat(difference.current().ruleOid()).contains("DR.SHORTEN");
    assertThat(difference.candidate().ruleOid()).contains("DR.CONTINUE");
    assertThat(report.candidate().version()).isEqualTo(2);
  }

  @Test
  void theSameRuleSetGivesNoDifference() throws IOException {
    DryRunCases cases = new DryRunCases(advisor);
    cases.addChild("POT-001", "TDM", guidedChild("4", "4"));

    DryRunReport report =
        new RuleSetDryRun(AdvisorSettings.defaults())
            .compare(advisor.ruleSet(), candidate(5), cases.cases());

    assertThat(report.casesCompared()).isEqualTo(3);
    assertThat(report.differences()).isEmpty();
  }

  /** Week 6 given at 5 mg/kg; troughs before weeks 14 and 22; both advices followed. */
  private static DosingRecord guidedChild(String week14Level, String week22Level) {
    return new DosingRecord(
        List.of(
            InfusionAdvisorTest.trough("SE.WEEK14", week14Level, "N", "0.4", "NEG"),
            InfusionAdvisorTest.trough("SE.WEEK22", week22Level, "N", "0.4", "NEG")),
        List.of(
            infusion("SE.WEEK22", WEEK_22, "35", "5", "", ""),
            infusion("SE.WEEK6", WEEK_6, "30", "5", "FOLLOW", "8"),
            infusion("SE.WEEK14", WEEK_14, "35", "5", "FOLLOW", "6")));
  }

  /** The TOPIT definition with rule set version 2 and the maintenance window from {@code low}. */
  private static DosingRuleSet candidate(int low) throws IOException {
    String topit =
        Files.readString(Path.of("crf-definitions/TOPIT/MDV.1.xml"), StandardCharsets.UTF_8);
    String changed =
        topit
            .replace(
                "<edc:TargetWindow LowUgPerMl=\"5\" HighUgPerMl=\"10\"/>",
                "<edc:TargetWindow LowUgPerMl=\"" + low + "\" HighUgPerMl=\"10\"/>")
            .replace("<edc:DosingRuleSet Version=\"1\"", "<edc:DosingRuleSet Version=\"2\"");
    return new CrfDefinitionValidator(new PlatformAlgorithms())
        .validate(
            changed.getBytes(StandardCharsets.UTF_8), "candidate.xml", ValidationOptions.strict())
        .definition()
        .flatMap(definition -> definition.design().dosingRuleSet())
        .map(RuleSetDefinitions::toRuleSet)
        .orElseThrow();
  }

  private static StoredForm infusion(
      String eventOid,
      LocalDate date,
      String weight,
      String dose,
      String decision,
      String recInterval) {
    Map<String, String> values = new HashMap<>();
    values.put(DosingItems.DATE, date.toString());
    put(values, DosingItems.WEIGHT, weight);
    put(values, DosingItems.DOSE_MGKG, dose);
    put(values, DosingItems.DECISION, decision);
    put(values, DosingItems.REC_INTERVAL_WEEKS, recInterval);
    return new StoredForm(eventOid, 1, values);
  }

  private static void put(Map<String, String> values, String itemOid, String value) {
    if (!value.isBlank()) {
      values.put(itemOid, value);
    }
  }
}
