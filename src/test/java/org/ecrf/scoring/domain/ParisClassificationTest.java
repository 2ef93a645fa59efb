package org.ecrf.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class ParisClassificationTest {

  private static final SubjectContext BORN_MAY_2010 =
      new SubjectContext(Sex.FEMALE, YearMonth.of(2010, 5), LocalDate.of(2024, 6, 1));

  private final ParisCdClassifier cd = new ParisCdClassifier();
  private final ParisUcClassifier uc = new ParisUcClassifier();

  /** L3, no upper-GI disease, B1 without perianal disease, G0, diagnosed aged 12. */
  static Map<String, String> crohnItems() {
    Map<String, String> values = new HashMap<>();
    values.put(ParisCdInputs.LOCATION, "L3");
    values.put(ParisCdInputs.L4A, "N");
    values.put(ParisCdInputs.L4B, "N");
    values.put(ParisCdInputs.BEHAVIOUR, "B1");
    values.put(ParisCdInputs.PERIANAL, "N");
    values.put(ParisCdInputs.GROWTH, "G0");
    values.put(ParisCdInputs.DIAGNOSIS_DATE, "2022-09-14");
    return values;
  }

  private ParisCdClassification classified(Map<String, String> values, SubjectContext subject) {
    ScoreResult<ParisCdClassification> result = cd.classify(ScoreInput.of(values, subject));
    assertThat(result).isInstanceOf(ScoreResult.Complete.class);
    return result.toOptional().orElseThrow();
  }

  private ScoreResult.Incomplete<ParisCdClassification> incomplete(
      Map<String, String> values, SubjectContext subject) {
    ScoreResult<ParisCdClassification> result = cd.classify(ScoreInput.of(values, subject));
    assertThat(result).isInstanceOf(ScoreResult.Incomplete.class);
    return (ScoreResult.Incomplete<ParisCdClassification>) result;
  }

  @ParameterizedTest(name = "{4}: born {0}, diagnosed {1} -> {3}")
  @CsvFileSource(resources = "/scoring/paris-cd-age-at-diagnosis.csv", numLinesToSkip = 1)
  void bandsTheAgeAtDiagnosisInCompletedYears(
      String birthMonth, String diagnosisDate, int age, String code, String why) {
    Map<String, String> values = crohnItems();
    values.put(ParisCdInputs.DIAGNOSIS_DATE, diagnosisDate);
    SubjectContext subject = new SubjectContext(null, YearMonth.parse(birthMonth), null);

    ParisCdClassification paris = classified(values, subject);

    assertThat(paris.ageAtDiagnosis().code()).isEqualTo(code);
    assertThat(ParisCdClassification.AgeAtDiagnosis.of(age).code()).isEqualTo(code);
  }

  @ParameterizedTest(name = "{6}")
  @CsvFileSource(resources = "/scoring/paris-cd-codes.csv", numLinesToSkip = 1)
  void writesTheStandardCodeString(
      String location,
      String l4a,
      String l4b,
      String behaviour,
      String perianal,
      String growth,
      String code) {
    Map<String, String> values = crohnItems();
    values.put(ParisCdInputs.LOCATION, location);
    values.put(ParisCdInputs.L4A, l4a);
    values.put(ParisCdInputs.L4B, l4b);
    values.put(ParisCdInputs.BEHAVIOUR, behaviour);
    values.put(ParisCdInputs.PERIANAL, perianal);
    values.put(ParisCdInputs.GROWTH, growth);

    assertThat(classified(values, BORN_MAY_2010).code()).isEqualTo(code);
  }

  @Test
  void exposesTheCodeParts() {
    Map<String, String> values = crohnItems();
    values.put(ParisCdInputs.L4A, "Y");
    values.put(ParisCdInputs.PERIANAL, "Y");

    ParisCdClassification paris = classified(values, BORN_MAY_2010);

    assertThat(paris.codeParts()).containsExactly("A1b", "L3", "L4a", "B1p", "G0");
    assertThat(paris.behaviourCode()).isEqualTo("B1p");
    assertThat(paris.behaviour()).isEqualTo(ParisCdClassification.Behaviour.B1);
    assertThat(paris.perianal()).isTrue();
    assertThat(paris.upperGiCode()).isEqualTo("L4a");
  }

  @Test
  void isIncompleteAndNamesEveryMissingItemAndTheMonthOfBirth() {
    Map<String, String> values = crohnItems();
    values.remove(ParisCdInputs.L4B);
    values.remove(ParisCdInputs.GROWTH);

    var result = incomplete(values, SubjectContext.unknown());

    assertThat(result.itemOids())
        .containsExactly("I.PARIS_L4B", "I.PARIS_GROWTH", SubjectContext.BIRTH_MONTH_KEY);
  }

  @ParameterizedTest(name = "{0} = ''{1}'' is invalid")
  @CsvSource({
    "I.PARIS_LOCATION, L4",
    "I.PARIS_LOCATION, l3",
    "I.PARIS_L4A, yes",
    "I.PARIS_BEHAVIOUR, B4",
    "I.PARIS_BEHAVIOUR, B1p",
    "I.PARIS_PERIANAL, 1",
    "I.PARIS_GROWTH, G2",
    "I.DIAG_DATE, 14.09.2022",
    "I.DIAG_DATE, 2010-04-30"
  })
  void rejectsValuesOutsideTheCodes(String oid, String value) {
    Map<String, String> values = crohnItems();
    values.put(oid, value);

    var result = incomplete(values, BORN_MAY_2010);

    assertThat(result.itemOids()).containsExactly(oid);
    assertThat(result.problems().get(0).kind()).isEqualTo(ItemProblem.Kind.INVALID);
  }

  @Test
  void rejectsNoLocationWithoutUpperGiDisease() {
    Map<String, String> values = crohnItems();
    values.put(ParisCdInputs.LOCATION, "NONE");

    var result = incomplete(values, BORN_MAY_2010);

    assertThat(result.itemOids()).containsExactly("I.PARIS_LOCATION");
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({"E1, S0, E1 S0", "E2, S1, E2 S1", "E3, S0, E3 S0", "E4, S1, E4 S1"})
  void classifiesUlcerativeColitis(String extent, String severity, String code) {
    ScoreResult<ParisUcClassification> result =
        uc.classify(
            ScoreInput.of(
                Map.of(ParisUcClassifier.EXTENT, extent, ParisUcClassifier.SEVERITY, severity)));

    ParisUcClassification paris = result.toOptional().orElseThrow();
    assertThat(paris.code()).isEqualTo(code);
    assertThat(result.algorithm()).hasToString("PARIS_UC/1");
  }

  @Test
  void isIncompleteForUnknownOrMissingUcItems() {
    var result =
        (ScoreResult.Incomplete<ParisUcClassification>)
            uc.classify(ScoreInput.of(Map.of(ParisUcClassifier.EXTENT, "E5")));

    assertThat(result.itemOids()).containsExactly("I.PARIS_EXTENT", "I.PARIS_SEVERITY");
    assertThat(result.problems())
        .extracting(ItemProblem::kind)
        .containsExactly(ItemProblem.Kind.INVALID, ItemProblem.Kind.MISSING);
  }
}
