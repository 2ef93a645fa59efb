package org.ecrf.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units, soft and hard range checks and structure errors on the real TOPIT definition. */
class TopitChecksTest {

  private static final ItemGroupKey INFLAMMATION = ItemGroupKey.of("IG.LB_INFLAMMATION");
  private static final ItemGroupKey ANTHRO = ItemGroupKey.of("IG.ANTHRO");

  private static FormEvaluation lab(String itemOid, String text, String unitOid) {
    FormValues values =
        FormValues.builder().value(INFLAMMATION, itemOid, EnteredValue.of(text, unitOid)).build();
    return Topit.evaluate("F.LAB", values, Topit.ucChild());
  }

  private static FormEvaluation weight(EnteredValue value) {
    FormValues values = FormValues.builder().value(ANTHRO, "I.ANTHRO_WEIGHT_KG", value).build();
    return Topit.evaluate("F.ANTHRO", values, Topit.ucChild());
  }

  @ParameterizedTest(name = "{0} {1} {2} = {3} {4}, warnings {5}")
  @CsvSource({
    "I.LB_ALB, 35, MU.G_L, 3.5, MU.G_DL, 0",
    "I.LB_ALB, 15, MU.G_L, 1.5, MU.G_DL, 0",
    "I.LB_ALB, 14, MU.G_L, 1.4, MU.G_DL, 1",
    "I.LB_ALB, 61, MU.G_L, 6.1, MU.G_DL, 1",
    "I.LB_ALB, 3.5, MU.G_DL, 3.5, MU.G_DL, 0",
    "I.LB_ALB, 3.5, , 3.5, MU.G_DL, 0",
    "I.LB_CRP, 3.5, MU.MG_DL, 35.0, MU.MG_L, 0",
    "I.LB_CRP, 30, MU.MG_DL, 300, MU.MG_L, 0",
    "I.LB_CRP, 30.1, MU.MG_DL, 301.0, MU.MG_L, 1",
    "I.LB_CRP, 301, MU.MG_L, 301, MU.MG_L, 1"
  })
  void convertsLabValuesIntoTheStandardUnitBeforeChecking(
      String itemOid,
      String text,
      String unitOid,
      BigDecimal standardValue,
      String standardUnit,
      int warnings) {
    FormEvaluation evaluation = lab(itemOid, text, unitOid);

    ItemValue value =
        evaluation.item(ItemPath.of(INFLAMMATION, itemOid)).orElseThrow().value().orElseThrow();
    assertThat(value.text()).isEqualTo(text);
    assertThat(value.unitOid()).contains(unitOid == null ? standardUnit : unitOid);
    assertThat(value.standard()).contains(new Quantity(standardValue, standardUnit));
    assertThat(evaluation.hasErrors()).isFalse();
    assertThat(evaluation.warnings()).hasSize(warnings);
  }

  @Test
  void refusesAUnitTheItemDoesNotHave() {
    FormEvaluation evaluation = lab("I.LB_ALB", "35", "MU.MG_L");

    assertThat(evaluation.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.kind()).isEqualTo(CheckKind.UNIT);
              assertThat(error.text(Locale.ENGLISH))
                  .isEqualTo("Albumin: the unit mg/L is not one of the item's units (g/dL, g/L)");
            });
  }

  @Test
  void refusesAUnitForAnItemWithoutUnits() {
    FormValues values =
        FormValues.builder()
            .value(ItemGroupKey.of("IG.PUCAI"), "I.PUCAI_STOOLS", EnteredValue.of("3", "MU.KG"))
            .build();

    FormEvaluation evaluation = Topit.evaluate("F.PUCAI", values, Topit.ucChild());

    assertThat(evaluation.errors()).extracting(CheckMessage::kind).containsExactly(CheckKind.UNIT);
  }

  @Test
  void warnsAboutAnImplausibleWeightWithTheDefinitionsMessage() {
    FormEvaluation evaluation = weight(EnteredValue.of("130"));

    assertThat(evaluation.hasErrors()).isFalse();
    assertThat(evaluation.warnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.kind()).isEqualTo(CheckKind.RANGE);
              assertThat(warning.confirmed()).isFalse();
              assertThat(warning.text(Locale.GERMAN))
                  .isEqualTo(
                      "Ungewöhnlich hoher Gewicht (über 120 kg): bitte prüfen und bestätigen.");
            });
    assertThat(evaluation.unconfirmedWarnings()).hasSize(1);
  }

  @Test
  void keepsAConfirmedWarningListedButMarkedConfirmed() {
    FormEvaluation evaluation = weight(EnteredValue.of("130").confirmed());

    assertThat(evaluation.warnings())
        .singleElement()
        .extracting(CheckMessage::confirmed)
        .isEqualTo(true);
    assertThat(evaluation.unconfirmedWarnings()).isEmpty();
    assertThat(evaluation.hasErrors()).isFalse();
  }

  @ParameterizedTest(name = "weight {0}: errors {1}, warnings {2}")
  @CsvSource({
    "0, 1, 1",
    "0.1, 0, 1",
    "14.9, 0, 1",
    "15, 0, 0",
    "120, 0, 0",
    "120.1, 0, 1",
    "250, 0, 1",
    "250.1, 1, 1"
  })
  void blocksImpossibleWeightsAndWarnsAboutUnusualOnes(String weight, int errors, int warnings) {
    FormEvaluation evaluation = weight(EnteredValue.of(weight));

    assertThat(evaluation.errors()).hasSize(errors);
    assertThat(evaluation.warnings()).hasSize(warnings);
  }

  @Test
  void aConfirmationNeverLiftsAHardCheck() {
    FormEvaluation evaluation = weight(EnteredValue.of("260").confirmed());

    assertThat(evaluation.hasErrors()).isTrue();
    assertThat(evaluation.errors())
        .singleElement()
        .extracting(CheckMessage::confirmed)
        .isEqualTo(false);
  }

  @Test
  void computesTheBmiFromValidWeightAndHeight() {
    FormValues values =
        FormValues.builder()
            .value("IG.ANTHRO", "I.ANTHRO_WEIGHT_KG", "40")
            .value("IG.ANTHRO", "I.ANTHRO_HEIGHT_CM", "150")
            .build();

    FormEvaluation evaluation = Topit.evaluate("F.ANTHRO", values, Topit.ucChild());

    assertThat(evaluation.item(ItemPath.of(ANTHRO, "I.ANTHRO_BMI")).orElseThrow().value())
        .get()
        .extracting(ItemValue::text)
        .isEqualTo("17.8");
  }

  @Test
  void reportsInputThatDoesNotFitTheForm() {
    FormValues values =
        FormValues.builder()
            .value("IG.PUCAI", "I.NO_SUCH_ITEM", "5")
            .value("IG.PUCAI", "I.LB_ALB", "3.5")
            .value("IG.NO_SUCH_GROUP", "I.PUCAI_PAIN", "5")
            .value(new ItemGroupKey("IG.PUCAI", 2), "I.PUCAI_PAIN", EnteredValue.of("5"))
            .build();

    FormEvaluation evaluation = Topit.evaluate("F.PUCAI", values, Topit.ucChild());

    assertThat(evaluation.structureMessages())
        .extracting(message -> message.path().toString())
        .containsExactlyInAnyOrder(
            "IG.PUCAI[1]/I.NO_SUCH_ITEM",
            "IG.PUCAI[1]/I.LB_ALB",
            "IG.NO_SUCH_GROUP[1]",
            "IG.PUCAI[2]");
    assertThat(evaluation.structureMessages())
        .allSatisfy(
            message -> {
              assertThat(message.severity()).isEqualTo(Severity.ERROR);
              assertThat(message.kind()).isEqualTo(CheckKind.STRUCTURE);
            });
    assertThat(evaluation.hasErrors()).isTrue();
    assertThat(evaluation.valuesToStore()).isEmpty();
  }

  @Test
  void warnsAboutATroughLevelBelowTheAssayLimitAndHidesItWhenNotQuantified() {
    ItemGroupKey sample = ItemGroupKey.of("IG.TROUGH_SAMPLE");
    ItemGroupKey result = ItemGroupKey.of("IG.TROUGH_RESULT");
    FormValues quantified =
        FormValues.builder()
            .value(sample, "I.TROUGH_LLOQ", EnteredValue.of("0.4"))
            .value(result, "I.TROUGH_IFX_BLQ", EnteredValue.of("N"))
            .value(result, "I.TROUGH_IFX", EnteredValue.of("0.3"))
            .build();
    FormValues belowLimit =
        FormValues.builder()
            .value(sample, "I.TROUGH_LLOQ", EnteredValue.of("0.4"))
            .value(result, "I.TROUGH_IFX_BLQ", EnteredValue.of("Y"))
            .value(result, "I.TROUGH_IFX", EnteredValue.of("0.3"))
            .build();

    FormEvaluation warned = Topit.evaluate("F.TROUGH", quantified, Topit.ucChild());
    FormEvaluation hidden = Topit.evaluate("F.TROUGH", belowLimit, Topit.ucChild());

    assertThat(warned.warnings())
        .singleElement()
        .extracting(message -> message.text(Locale.ENGLISH))
        .isEqualTo("The level is below the assay limit: record it as below the limit instead.");
    assertThat(hidden.warnings()).isEmpty();
    assertThat(hidden.hiddenWithValue()).containsExactly(ItemPath.of(result, "I.TROUGH_IFX"));
  }
}
