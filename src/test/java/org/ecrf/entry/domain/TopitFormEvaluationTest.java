package org.ecrf.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.ecrf.subject.domain.Diagnosis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** End-to-end cases on the real TOPIT definition: scores, skip logic, units, range checks. */
class TopitFormEvaluationTest {

  private static final ItemGroupKey PUCAI = ItemGroupKey.of("IG.PUCAI");
  private static final ItemPath TOTAL =
      ItemPath.of(ItemGroupKey.of("IG.PUCAI_RESULT"), "I.PUCAI_TOTAL");
  private static final ItemPath CATEGORY =
      ItemPath.of(ItemGroupKey.of("IG.PUCAI_RESULT"), "I.PUCAI_CATEGORY");

  private static FormValues.Builder pucai(
      String pain,
      String bleeding,
      String consistency,
      String stools,
      String nocturnal,
      String activity) {
    return FormValues.builder()
        .value("IG.PUCAI", "I.PUCAI_PAIN", pain)
        .value("IG.PUCAI", "I.PUCAI_BLEEDING", bleeding)
        .value("IG.PUCAI", "I.PUCAI_CONSISTENCY", consistency)
        .value("IG.PUCAI", "I.PUCAI_STOOLS", stools)
        .value("IG.PUCAI", "I.PUCAI_NOCTURNAL", nocturnal)
        .value("IG.PUCAI", "I.PUCAI_ACTIVITY", activity);
  }

  private static String valueOf(FormEvaluation evaluation, ItemPath path) {
    return evaluation.item(path).orElseThrow().value().map(ItemValue::text).orElse("");
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} -> {6} {7}")
  @CsvFileSource(resources = "/entry/pucai-live.csv", numLinesToSkip = 1)
  void computesThePucaiTotalAndCategoryFromTheSixItems(
      String pain,
      String bleeding,
      String consistency,
      String stools,
      String nocturnal,
      String activity,
      String total,
      String category) {
    FormEvaluation evaluation =
        Topit.evaluate(
            "F.PUCAI",
            pucai(pain, bleeding, consistency, stools, nocturnal, activity).build(),
            Topit.ucChild());

    assertThat(evaluation.hasErrors()).isFalse();
    assertThat(valueOf(evaluation, TOTAL)).isEqualTo(total);
    assertThat(valueOf(evaluation, CATEGORY)).isEqualTo(category);
    assertThat(evaluation.isComplete()).isTrue();
  }

  @Test
  void leavesTheTotalEmptyNamingTheMissingItem() {
    FormEvaluation evaluation =
        Topit.evaluate("F.PUCAI", pucai("5", "10", "5", "", "0", "5").build(), Topit.ucChild());

    ItemEvaluation total = evaluation.item(TOTAL).orElseThrow();
    assertThat(total.value()).isEmpty();
    assertThat(total.derivation())
        .get()
        .isInstanceOfSatisfying(
            DerivationOutcome.Incomplete.class,
            incomplete -> assertThat(incomplete.itemOids()).containsExactly("I.PUCAI_STOOLS"));
    assertThat(total.messages())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.severity()).isEqualTo(Severity.INFO);
              assertThat(message.kind()).isEqualTo(CheckKind.DERIVATION);
              assertThat(message.text(Locale.ENGLISH))
                  .isEqualTo(
                      "PUCAI total (0 to 85): not computed; missing or invalid: Number of stools"
                          + " per 24 hours");
              assertThat(message.text(Locale.GERMAN))
                  .isEqualTo(
                      "PUCAI gesamt (0 bis 85): nicht berechnet; fehlt oder ungültig: Anzahl der"
                          + " Stühle in 24 Stunden");
            });
    assertThat(evaluation.hasErrors()).isFalse();
    assertThat(evaluation.missingMandatory())
        .extracting(CheckMessage::path)
        .containsExactly(ItemPath.of(PUCAI, "I.PUCAI_STOOLS"));
  }

  @Test
  void computesFromValidValuesOnlyNeverFromAnInvalidOne() {
    FormEvaluation evaluation =
        Topit.evaluate("F.PUCAI", pucai("5", "10", "5", "3.5", "0", "5").build(), Topit.ucChild());

    assertThat(evaluation.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.kind()).isEqualTo(CheckKind.TYPE);
              assertThat(error.text(Locale.ENGLISH))
                  .isEqualTo("Number of stools per 24 hours: 3.5 is not a whole number");
            });
    assertThat(evaluation.item(TOTAL).orElseThrow().value()).isEmpty();
    assertThat(evaluation.item(CATEGORY).orElseThrow().value()).isEmpty();
  }

  @Test
  void neverTakesADerivedValueFromInputAndSaysSoWhenItDiffers() {
    FormValues values =
        pucai("5", "10", "5", "4", "0", "5")
            .value("IG.PUCAI_RESULT", "I.PUCAI_TOTAL", "80")
            .value("IG.PUCAI_RESULT", "I.PUCAI_CATEGORY", "MODERATE")
            .build();

    FormEvaluation evaluation = Topit.evaluate("F.PUCAI", values, Topit.ucChild());

    assertThat(valueOf(evaluation, TOTAL)).isEqualTo("30");
    assertThat(valueOf(evaluation, CATEGORY)).isEqualTo("MILD");
    assertThat(evaluation.warnings())
        .extracting(CheckMessage::path)
        .containsExactly(TOTAL, CATEGORY);
    assertThat(evaluation.warnings().get(0).text(Locale.ENGLISH))
        .isEqualTo(
            "PUCAI total (0 to 85): computed by the platform; the entered value 80 is not used");
  }

  @Test
  void hidesTheOverrideReasonUnlessTheDecisionIsOverrideAndListsItsStaleValue() {
    FormValues followed =
        FormValues.builder()
            .value("IG.INF_ADVICE", "I.INF_DECISION", "FOLLOW")
            .value("IG.INF_ADVICE", "I.INF_DECISION_REASON", "Parents asked for it")
            .build();
    ItemPath reason = ItemPath.of(ItemGroupKey.of("IG.INF_ADVICE"), "I.INF_DECISION_REASON");

    FormEvaluation evaluation = Topit.evaluate("F.INFUSION", followed, Topit.ucChild());

    assertThat(evaluation.item(reason).orElseThrow().status()).isEqualTo(ItemStatus.HIDDEN);
    assertThat(evaluation.hiddenWithValue()).containsExactly(reason);
    assertThat(evaluation.valuesToStore()).doesNotContainKey(reason);
  }

  @Test
  void requiresTheOverrideReasonWhenTheRecommendationIsOverridden() {
    FormValues overridden =
        FormValues.builder().value("IG.INF_ADVICE", "I.INF_DECISION", "OVERRIDE").build();
    ItemPath reason = ItemPath.of(ItemGroupKey.of("IG.INF_ADVICE"), "I.INF_DECISION_REASON");

    FormEvaluation evaluation = Topit.evaluate("F.INFUSION", overridden, Topit.ucChild());

    assertThat(evaluation.item(reason).orElseThrow().isCollected()).isTrue();
    assertThat(evaluation.missingMandatory()).extracting(CheckMessage::path).contains(reason);
    assertThat(evaluation.hiddenWithValue()).isEmpty();
  }

  @Test
  void hidesTheDosingAdviceSectionOutsideTheTroughGuidedArm() {
    FormValues values =
        FormValues.builder().value("IG.INF_ADVICE", "I.INF_DECISION", "FOLLOW").build();
    EntryContext standardArm = Topit.child(Diagnosis.UC, "STANDARD", "SE.WEEK14");

    FormEvaluation evaluation = Topit.evaluate("F.INFUSION", values, standardArm);

    assertThat(evaluation.group(ItemGroupKey.of("IG.INF_ADVICE")).orElseThrow().collected())
        .isFalse();
    assertThat(evaluation.hiddenWithValue())
        .containsExactly(ItemPath.of(ItemGroupKey.of("IG.INF_ADVICE"), "I.INF_DECISION"));
  }

  @Test
  void doesNotCollectThePucaiForAChildWithCrohnsDisease() {
    FormValues values = pucai("5", "10", "5", "4", "0", "5").build();

    FormEvaluation crohn =
        Topit.evaluate("F.PUCAI", values, Topit.child(Diagnosis.CD, "TDM", "SE.WEEK0"));
    FormEvaluation colitis = Topit.evaluate("F.PUCAI", values, Topit.ucChild());

    assertThat(crohn.collected()).isFalse();
    assertThat(crohn.hiddenWithValue()).hasSize(6);
    assertThat(crohn.valuesToStore()).isEmpty();
    assertThat(crohn.missingMandatory()).isEmpty();
    assertThat(colitis.collected()).isTrue();
    assertThat(colitis.hiddenWithValue()).isEmpty();
  }

  @Test
  void showsTheParisSectionOfTheDiagnosisEnteredOnTheForm() {
    FormValues values =
        FormValues.builder()
            .value("IG.DIAGNOSIS", "I.DIAG_TYPE", "UC")
            .value("IG.PARIS_CD", "I.PARIS_LOCATION", "L2")
            .build();

    FormEvaluation evaluation =
        Topit.evaluate("F.DIAGNOSIS", values, Topit.child(null, null, "SE.SCREENING"));

    assertThat(evaluation.group(ItemGroupKey.of("IG.PARIS_CD")).orElseThrow().collected())
        .isFalse();
    assertThat(evaluation.group(ItemGroupKey.of("IG.PARIS_UC")).orElseThrow().collected()).isTrue();
    assertThat(evaluation.hiddenWithValue())
        .containsExactly(ItemPath.of(ItemGroupKey.of("IG.PARIS_CD"), "I.PARIS_LOCATION"));
  }

  @Test
  void evaluatesTheConditionsOfEachAdverseEventRowOnItsOwnValues() {
    FormValues values =
        FormValues.builder()
            .value(new ItemGroupKey("IG.AE", 1), "I.AE_ONGOING", EnteredValue.of("Y"))
            .value(new ItemGroupKey("IG.AE", 1), "I.AE_END_DATE", EnteredValue.of("2026-03-01"))
            .value(new ItemGroupKey("IG.AE", 2), "I.AE_ONGOING", EnteredValue.of("N"))
            .value(new ItemGroupKey("IG.AE", 2), "I.AE_START_DATE", EnteredValue.of("2026-03-05"))
            .value(new ItemGroupKey("IG.AE", 2), "I.AE_END_DATE", EnteredValue.of("2026-03-01"))
            .build();

    FormEvaluation evaluation = Topit.evaluate("F.AE", values, Topit.ucChild());

    assertThat(evaluation.hiddenWithValue())
        .containsExactly(ItemPath.of(new ItemGroupKey("IG.AE", 1), "I.AE_END_DATE"));
    assertThat(evaluation.item(ItemPath.of(new ItemGroupKey("IG.AE", 2), "I.AE_END_DATE")))
        .get()
        .satisfies(
            end ->
                assertThat(end.messages())
                    .extracting(CheckMessage::kind)
                    .containsExactly(CheckKind.RANGE));
  }
}
