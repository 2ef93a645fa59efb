package org.ecrf.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreAlgorithmsTest {

  private final ScoreAlgorithms algorithms = ScoreAlgorithms.withDefaults();

  private static String value(Derivation derivation) {
    assertThat(derivation).isInstanceOf(Derivation.Value.class);
    return ((Derivation.Value) derivation).value();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PUCAI/1",
        "PUCAI/1:total",
        "PUCAI/1:category",
        "PCDAI/1",
        "WPCDAI/1:category",
        "SESCD/1:segment.ILEUM",
        "SESCD/1:segment.RECTUM",
        "SESCD/1:unexploredSegments",
        "SESCD/1:exceedsCommonMaximum",
        "UCEIS/1",
        "MAYO/1:remission",
        "MAYO/1:mucosalHealing",
        "PARIS_CD/1",
        "PARIS_CD/1:code",
        "PARIS_CD/1:behaviour",
        "PARIS_UC/1:severity",
        "BMI/1",
        "DOSE_MG/1:value"
      })
  void knowsTheReferencesACrfUses(String reference) {
    assertThat(algorithms.isKnown(reference)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PUCAI/2",
        "PUCAI",
        "pucai/1",
        "PUCAI/1:",
        "PUCAI/1:points",
        "SESCD/1:segment.SIGMOID",
        "CDAI/1",
        "BMI/1:total",
        "PUCAI/0",
        " "
      })
  void doesNotKnowOtherReferences(String reference) {
    assertThat(algorithms.isKnown(reference)).isFalse();
  }

  @Test
  void doesNotKnowANullReference() {
    assertThat(algorithms.isKnown(null)).isFalse();
  }

  @Test
  void listsEveryAlgorithmWithItsOutputs() {
    assertThat(algorithms.knownAlgorithms())
        .extracting(ScoreAlgorithms.KnownAlgorithm::reference)
        .containsExactly(
            "PUCAI/1",
            "PCDAI/1",
            "WPCDAI/1",
            "SESCD/1",
            "UCEIS/1",
            "MAYO/1",
            "PARIS_CD/1",
            "PARIS_UC/1",
            "BMI/1",
            "DOSE_MG/1");
    assertThat(algorithms.knownReferences())
        .contains("PUCAI/1:total", "PUCAI/1:category", "SESCD/1:segment.TRANSVERSE")
        .contains("PARIS_CD/1:code", "PARIS_CD/1:age", "PARIS_UC/1:extent", "BMI/1:value")
        .allSatisfy(reference -> assertThat(algorithms.isKnown(reference)).isTrue());
  }

  @ParameterizedTest(name = "{0} resolves to {1}")
  @CsvSource({
    "PUCAI/1, PUCAI/1:total",
    "PARIS_CD/1, PARIS_CD/1:code",
    "PARIS_UC/1, PARIS_UC/1:code",
    "BMI/1, BMI/1:value",
    "SESCD/1:segment.LEFT, SESCD/1:segment.LEFT"
  })
  void defaultsToTheAlgorithmsPrimaryOutput(String reference, String resolved) {
    assertThat(algorithms.resolve(reference)).hasToString(resolved);
  }

  @Test
  void explainsAnUnknownAlgorithm() {
    assertThatThrownBy(() -> algorithms.derive("PUCAI/2", ScoreInput.of(Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown score algorithm 'PUCAI/2'")
        .hasMessageContaining("PUCAI/1");
  }

  @Test
  void explainsAnUnknownOutput() {
    assertThatThrownBy(() -> algorithms.derive("PUCAI/1:points", ScoreInput.of(Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no output 'points'")
        .hasMessageContaining("total, category");
  }

  @Test
  void explainsAMalformedReference() {
    assertThatThrownBy(() -> algorithms.derive("PUCAI-1", ScoreInput.of(Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'PUCAI-1' is not of the form NAME/VERSION[:output]");
  }

  @Test
  void derivesPucaiTotalAndCategory() {
    ScoreInput input =
        ScoreInput.of(PucaiCalculatorTest.items("10", "10", "5", "6", "0", "0")); // 10+10+5+10

    assertThat(value(algorithms.derive("PUCAI/1", input))).isEqualTo("35");
    assertThat(value(algorithms.derive("PUCAI/1:category", input))).isEqualTo("MODERATE");
  }

  @ParameterizedTest(name = "PCDAI pain {0}, ESR {1} -> \"{2}\"")
  @CsvSource({"5, 25, 7.5", "10, 5, 10", "10, 25, 12.5", "0, 5, 0"})
  void derivesTotalsAsPlainNumbersWithoutTrailingZeros(String pain, String esr, String total) {
    Map<String, String> values = PcdaiCalculatorTest.normalItems();
    values.put(PcdaiInputs.PAIN, pain);
    values.put(PcdaiInputs.ESR, esr); // ESR 25 scores 2.5, ESR 5 scores 0
    SubjectContext child =
        new SubjectContext(Sex.MALE, YearMonth.of(2016, 1), LocalDate.of(2024, 1, 10));

    assertThat(value(algorithms.derive("PCDAI/1", ScoreInput.of(values, child)))).isEqualTo(total);
  }

  @Test
  void derivesIncompleteNamingTheMissingItems() {
    Map<String, String> values = PucaiCalculatorTest.normalItems();
    values.remove(PucaiInputs.NOCTURNAL);

    Derivation derivation = algorithms.derive("PUCAI/1:category", ScoreInput.of(values));

    assertThat(derivation).isInstanceOf(Derivation.Incomplete.class);
    assertThat(((Derivation.Incomplete) derivation).itemOids())
        .containsExactly("I.PUCAI_NOCTURNAL");
    assertThat(((Derivation.Incomplete) derivation).algorithm()).hasToString("PUCAI/1");
  }

  @Test
  void derivesSesCdSegmentsAndReportsUnexploredOnesWithoutAValue() {
    Map<String, String> values = SesCdCalculatorTest.gradesSumming(5); // ileum 3+2, rest 0
    values.put("I.SESCD_RECTUM_EXPLORED", "N");
    for (SesCdVariable variable : SesCdVariable.values()) {
      values.remove(SesCdSegment.RECTUM.itemOid(variable));
    }
    ScoreInput input = ScoreInput.of(values);

    assertThat(value(algorithms.derive("SESCD/1", input))).isEqualTo("5");
    assertThat(value(algorithms.derive("SESCD/1:segment.ILEUM", input))).isEqualTo("5");
    assertThat(value(algorithms.derive("SESCD/1:segment.RIGHT", input))).isEqualTo("0");
    assertThat(algorithms.derive("SESCD/1:segment.RECTUM", input))
        .isInstanceOf(Derivation.NoValue.class);
    assertThat(value(algorithms.derive("SESCD/1:unexploredSegments", input))).isEqualTo("RECTUM");
    assertThat(value(algorithms.derive("SESCD/1:exceedsCommonMaximum", input))).isEqualTo("N");
    assertThat(value(algorithms.derive("SESCD/1:category", input))).isEqualTo("MILD");
  }

  @Test
  void derivesMayoAndUceisOutputs() {
    Map<String, String> values = new HashMap<>();
    values.put(MayoInputs.STOOL_FREQUENCY, "1");
    values.put(MayoInputs.RECTAL_BLEEDING, "0");
    values.put(MayoInputs.ENDOSCOPY, "1");
    values.put(MayoInputs.PHYSICIAN_GLOBAL, "0");
    values.put(UceisInputs.VASCULAR, "1");
    values.put(UceisInputs.BLEEDING, "1");
    values.put(UceisInputs.EROSIONS, "0");
    ScoreInput input = ScoreInput.of(values);

    assertThat(value(algorithms.derive("MAYO/1", input))).isEqualTo("2");
    assertThat(value(algorithms.derive("MAYO/1:remission", input))).isEqualTo("Y");
    assertThat(value(algorithms.derive("MAYO/1:mucosalHealing", input))).isEqualTo("Y");
    assertThat(value(algorithms.derive("UCEIS/1", input))).isEqualTo("2");
    assertThat(value(algorithms.derive("UCEIS/1:category", input))).isEqualTo("MILD");
  }

  @Test
  void derivesParisCodesAndParts() {
    Map<String, String> values = ParisClassificationTest.crohnItems();
    values.put(ParisCdInputs.LOCATION, "NONE");
    values.put(ParisCdInputs.L4A, "Y");
    values.put(ParisCdInputs.PERIANAL, "Y");
    values.put(ParisUcClassifier.EXTENT, "E4");
    values.put(ParisUcClassifier.SEVERITY, "S1");
    SubjectContext subject = new SubjectContext(null, YearMonth.of(2014, 2), null);
    ScoreInput input = ScoreInput.of(values, subject);

    assertThat(value(algorithms.derive("PARIS_CD/1:code", input))).isEqualTo("A1a L4a B1p G0");
    assertThat(value(algorithms.derive("PARIS_CD/1:age", input))).isEqualTo("A1a");
    assertThat(algorithms.derive("PARIS_CD/1:location", input))
        .isInstanceOf(Derivation.NoValue.class);
    assertThat(value(algorithms.derive("PARIS_CD/1:upperGi", input))).isEqualTo("L4a");
    assertThat(value(algorithms.derive("PARIS_CD/1:behaviour", input))).isEqualTo("B1p");
    assertThat(value(algorithms.derive("PARIS_CD/1:perianal", input))).isEqualTo("Y");
    assertThat(value(algorithms.derive("PARIS_CD/1:growth", input))).isEqualTo("G0");
    assertThat(value(algorithms.derive("PARIS_UC/1", input))).isEqualTo("E4 S1");
  }

  @Test
  void usesTheParametersItWasGiven() {
    ScoreAlgorithms strictSevere =
        new ScoreAlgorithms(
            ScoringParameters.defaults()
                .withPucai(PucaiParameters.defaults().withSevere(Threshold.above("65"))));
    ScoreInput sixtyFive =
        ScoreInput.of(PucaiCalculatorTest.items("10", "20", "10", "7", "10", "5"));

    assertThat(value(algorithms.derive("PUCAI/1:category", sixtyFive))).isEqualTo("SEVERE");
    assertThat(value(strictSevere.derive("PUCAI/1:category", sixtyFive))).isEqualTo("MODERATE");
  }

  @ParameterizedTest(name = "{0} kg, {1} cm -> BMI {2}")
  @CsvSource({
    "30, 130, 17.8",
    "45.5, 152, 19.7",
    "18.25, 100, 18.3",
    "18.24, 100, 18.2",
    "20, 100, 20.0",
    "62.4, 171.5, 21.2"
  })
  void derivesBmiToOneDecimal(String weight, String height, String bmi) {
    ScoreInput input =
        ScoreInput.of(Map.of(BodyMassIndex.WEIGHT, weight, BodyMassIndex.HEIGHT, height));

    assertThat(value(algorithms.derive("BMI/1", input))).isEqualTo(bmi);
  }

  @ParameterizedTest(name = "{0} kg x {1} mg/kg -> {2} mg")
  @CsvSource({
    "32.5, 5, 163",
    "32.4, 5, 162",
    "27.3, 10, 273",
    "20.1, 5, 101",
    "20.09, 5, 100",
    "45, 7.5, 338"
  })
  void derivesTheDoseRoundedToWholeMilligrams(String weight, String perKg, String milligrams) {
    ScoreInput input =
        ScoreInput.of(Map.of(InfusionDose.WEIGHT, weight, InfusionDose.DOSE_PER_KG, perKg));

    assertThat(value(algorithms.derive("DOSE_MG/1", input))).isEqualTo(milligrams);
  }

  @Test
  void derivedMeasuresNameMissingAndImpossibleInputs() {
    Derivation bmi = algorithms.derive("BMI/1", ScoreInput.of(Map.of(BodyMassIndex.WEIGHT, "0")));
    Derivation dose =
        algorithms.derive(
            "DOSE_MG/1",
            new ScoreInput(
                Map.of(InfusionDose.WEIGHT, "30", InfusionDose.DOSE_PER_KG, "5"),
                Map.of(InfusionDose.WEIGHT, "lb"),
                SubjectContext.unknown()));

    assertThat(((Derivation.Incomplete) bmi).itemOids())
        .containsExactly("I.ANTHRO_WEIGHT_KG", "I.ANTHRO_HEIGHT_CM");
    assertThat(((Derivation.Incomplete) bmi).problems().get(0).detail())
        .isEqualTo("must be above 0");
    assertThat(((Derivation.Incomplete) dose).itemOids()).containsExactly("I.INF_WEIGHT_KG");
  }
}
