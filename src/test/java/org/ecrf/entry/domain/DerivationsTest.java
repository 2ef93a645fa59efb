package org.ecrf.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecrf.crf.domain.DataType;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.subject.domain.Diagnosis;
import org.junit.jupiter.api.Test;

/** Derived items: scores through the scoring registry, dosing advice through the application. */
class DerivationsTest {

  private static final ItemGroupKey ADVICE = ItemGroupKey.of("IG.INF_ADVICE");
  private static final ItemGroupKey ADMIN = ItemGroupKey.of("IG.INF_ADMIN");

  /** Dosing advice as the application would give it: fixed outputs, each request recorded. */
  private static final class FixedDosingAdvice implements Derivations {
    private final Map<String, String> outputs;
    private final List<DerivationRequest> requests = new ArrayList<>();

    FixedDosingAdvice(Map<String, String> outputs) {
      this.outputs = outputs;
    }

    @Override
    public DerivationOutcome derive(DerivationRequest request) {
      requests.add(request);
      return new DerivationOutcome.Computed(outputs.get(request.algorithm().output()));
    }
  }

  private static FormEvaluation infusion(Derivations derivations) {
    FormValues values =
        FormValues.builder()
            .value("IG.INF_ADMIN", "I.INF_WEIGHT_KG", "32.5")
            .value("IG.INF_ADMIN", "I.INF_DOSE_MGKG", "5")
            .build();
    return FormEvaluator.evaluate(
        Topit.definition(), "F.INFUSION", values, Topit.ucChild(), derivations);
  }

  private static String valueOf(FormEvaluation evaluation, ItemGroupKey group, String itemOid) {
    return evaluation
        .item(ItemPath.of(group, itemOid))
        .orElseThrow()
        .value()
        .map(ItemValue::text)
        .orElse("");
  }

  @Test
  void routesDosingAdviceToTheApplicationAndScoresToTheScoringRegistry() {
    FixedDosingAdvice dosing =
        new FixedDosingAdvice(
            Map.of("dose_mgkg", "7.5", "interval_weeks", "6", "rule", "DR.SHORTEN"));

    FormEvaluation evaluation =
        infusion(
            Derivations.byAlgorithm(Map.of("DOSING", dosing), ScoreDerivations.withDefaults()));

    assertThat(valueOf(evaluation, ADVICE, "I.INF_REC_DOSE_MGKG")).isEqualTo("7.5");
    assertThat(valueOf(evaluation, ADVICE, "I.INF_REC_INTERVAL_WEEKS")).isEqualTo("6");
    assertThat(valueOf(evaluation, ADVICE, "I.INF_REC_RULE")).isEqualTo("DR.SHORTEN");
    assertThat(valueOf(evaluation, ADMIN, "I.INF_DOSE_MG_CALC")).isEqualTo("163");
    assertThat(dosing.requests)
        .allSatisfy(
            request -> {
              assertThat(request.context().subjectKey()).isEqualTo("POT-0007");
              assertThat(request.value("I.INF_WEIGHT_KG")).contains("32.5");
              assertThat(request.standardUnitOid("I.INF_WEIGHT_KG")).contains("MU.KG");
            });
  }

  @Test
  void leavesAnUncomputedItemEmptyNamingTheAlgorithm() {
    FormEvaluation evaluation = infusion(ScoreDerivations.withDefaults());

    ItemEvaluation dose = evaluation.item(ItemPath.of(ADVICE, "I.INF_REC_DOSE_MGKG")).orElseThrow();
    assertThat(dose.value()).isEmpty();
    assertThat(dose.messages())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.severity()).isEqualTo(Severity.INFO);
              assertThat(message.text(Locale.ENGLISH))
                  .isEqualTo(
                      "Recommended dose: no value (DOSING/1:dose_mgkg is not a score of this"
                          + " platform)");
            });
    assertThat(evaluation.hasErrors()).isFalse();
  }

  @Test
  void storesNoComputedValueThatDoesNotFitTheItem() {
    FixedDosingAdvice dosing =
        new FixedDosingAdvice(
            Map.of("dose_mgkg", "7.55", "interval_weeks", "six", "rule", "DR.SHORTEN"));

    FormEvaluation evaluation =
        infusion(
            Derivations.byAlgorithm(Map.of("DOSING", dosing), ScoreDerivations.withDefaults()));

    assertThat(valueOf(evaluation, ADVICE, "I.INF_REC_DOSE_MGKG")).isEmpty();
    assertThat(valueOf(evaluation, ADVICE, "I.INF_REC_INTERVAL_WEEKS")).isEmpty();
    assertThat(evaluation.warnings())
        .extracting(CheckMessage::kind, message -> message.path().itemOid())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CheckKind.DERIVATION, "I.INF_REC_DOSE_MGKG"),
            org.assertj.core.groups.Tuple.tuple(CheckKind.DERIVATION, "I.INF_REC_INTERVAL_WEEKS"));
    assertThat(evaluation.hasErrors()).isFalse();
  }

  @Test
  void givesDerivationsValidCollectedValuesInTheStandardUnitOnly() {
    StudyDefinition study =
        new TestStudy()
            .add(TestStudy.item("I.ALB", DataType.FLOAT).units("MU.G_DL", "MU.G_L"))
            .add(TestStudy.item("I.COUNT", DataType.INTEGER))
            .add(TestStudy.item("I.HIDDEN", DataType.TEXT))
            .add(TestStudy.item("I.RESULT", DataType.TEXT))
            .condition("CD.ALWAYS", "isEmpty(I.NOTHING)")
            .method("MT.RESULT", "DOSING", 1, "rule")
            .group(
                "IG.X",
                false,
                TestStudy.ref("I.ALB"),
                TestStudy.ref("I.COUNT"),
                TestStudy.hiddenWhen("I.HIDDEN", "CD.ALWAYS"),
                TestStudy.derived("I.RESULT", "MT.RESULT"))
            .build();
    FixedDosingAdvice recorder = new FixedDosingAdvice(Map.of("rule", "R1"));
    FormValues values =
        FormValues.builder()
            .value(ItemGroupKey.of("IG.X"), "I.ALB", EnteredValue.of("35", "MU.G_L"))
            .value("IG.X", "I.COUNT", "3.5")
            .value("IG.X", "I.HIDDEN", "secret")
            .build();

    FormEvaluator.evaluate(
        study,
        TestStudy.FORM,
        values,
        new EntryContext("T-0001", SubjectFacts.UNKNOWN, VisitContext.of(TestStudy.EVENT, null)),
        recorder);

    assertThat(recorder.requests)
        .singleElement()
        .extracting(DerivationRequest::values)
        .isEqualTo(Map.of("I.ALB", "3.5"));
  }

  @Test
  void scoresThePcdaiWithLabValuesConvertedAndTheSubjectsSexAndAge() {
    FormValues values =
        FormValues.builder()
            .value("IG.PCDAI_HISTORY", "I.PCDAI_PAIN", "0")
            .value("IG.PCDAI_HISTORY", "I.PCDAI_STOOLS", "0")
            .value("IG.PCDAI_HISTORY", "I.PCDAI_WELLBEING", "0")
            .value(
                ItemGroupKey.of("IG.PCDAI_LAB"), "I.PCDAI_HCT", EnteredValue.of("0.30", "MU.L_L"))
            .value("IG.PCDAI_LAB", "I.PCDAI_ESR", "10")
            .value(
                ItemGroupKey.of("IG.PCDAI_LAB"), "I.PCDAI_ALBUMIN", EnteredValue.of("30", "MU.G_L"))
            .value("IG.PCDAI_EXAM", "I.PCDAI_WEIGHT", "0")
            .value("IG.PCDAI_EXAM", "I.PCDAI_HEIGHT", "0")
            .value("IG.PCDAI_EXAM", "I.PCDAI_ABDOMEN", "0")
            .value("IG.PCDAI_EXAM", "I.PCDAI_PERIRECTAL", "0")
            .value("IG.PCDAI_EXAM", "I.PCDAI_EIM", "0")
            .build();
    ItemGroupKey result = ItemGroupKey.of("IG.PCDAI_RESULT");
    EntryContext girl = Topit.child(Diagnosis.CD, "TDM", "SE.WEEK0");
    EntryContext sexUnknown =
        new EntryContext(
            "POT-0008",
            new SubjectFacts(
                java.util.Optional.empty(),
                girl.subject().birthMonth(),
                girl.subject().diagnosis(),
                girl.subject().armCode()),
            girl.visit());

    FormEvaluation scored = Topit.evaluate("F.PCDAI", values, girl);
    FormEvaluation unscored = Topit.evaluate("F.PCDAI", values, sexUnknown);

    assertThat(valueOf(scored, result, "I.PCDAI_TOTAL")).isEqualTo("12.5");
    assertThat(valueOf(scored, result, "I.PCDAI_CATEGORY")).isEqualTo("MILD");
    assertThat(valueOf(unscored, result, "I.PCDAI_TOTAL")).isEmpty();
    assertThat(unscored.item(ItemPath.of(result, "I.PCDAI_TOTAL")).orElseThrow().messages())
        .singleElement()
        .extracting(message -> message.text(Locale.GERMAN))
        .isEqualTo("PCDAI gesamt (0 bis 100): nicht berechnet; fehlt oder ungültig: Geschlecht");
  }

  @Test
  void computesNothingWithNoDerivations() {
    FormEvaluation evaluation = infusion(Derivations.none());

    assertThat(evaluation.items())
        .filteredOn(item -> item.status() == ItemStatus.DERIVED)
        .allSatisfy(item -> assertThat(item.value()).isEmpty());
  }
}
