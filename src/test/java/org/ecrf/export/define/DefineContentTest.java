package org.ecrf.export.define;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Term;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableOrigin;
import org.ecrf.export.dataset.VariableTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefineContentTest {

  private static final List<Dataset> DATASETS =
      List.of(DefineFixture.dm(), DefineFixture.lb(), DefineFixture.ts());

  private static DefineContent content(List<VariableTerms> terms, Map<String, String> files) {
    return new DefineContent(
        DefineFixture.STUDY,
        DefineStandards.SDTMIG_3_4,
        DATASETS,
        terms,
        files,
        DefineFixture.CREATED);
  }

  private static DefineContent withTerms(VariableTerms terms) {
    return content(List.of(terms), DefineContent.xptFileNames(DATASETS));
  }

  @Test
  void namesEachDatasetFileByTheSubmissionConvention() {
    assertThat(DefineContent.xptFileNames(DATASETS))
        .containsExactly(
            Map.entry("DM", "dm.xpt"), Map.entry("LB", "lb.xpt"), Map.entry("TS", "ts.xpt"));
  }

  @ParameterizedTest
  @CsvSource({
    "XX, LBTESTCD, 'the define has no dataset XX'",
    "LB, LBTESTX, 'dataset LB has no variable LBTESTX'",
    "DM, LBTESTCD, 'dataset DM has no variable LBTESTCD'",
  })
  void refusesTermsForAVariableThatDoesNotExist(String dataset, String variable, String message) {
    VariableTerms terms =
        new VariableTerms(dataset, variable, "LBTESTCD", true, List.of(new Term("CRP", "", "")));

    assertThatThrownBy(() -> withTerms(terms))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dataset + "." + variable)
        .hasMessageContaining(message);
  }

  @Test
  void refusesADatasetWithoutFile() {
    Map<String, String> files = new HashMap<>(DefineContent.xptFileNames(DATASETS));
    files.remove("LB");

    assertThatThrownBy(() -> content(List.of(), files))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Dataset LB has no file name (def:leaf)");
  }

  @Test
  void refusesAFileForADatasetTheDefineDoesNotList() {
    Map<String, String> files = new HashMap<>(DefineContent.xptFileNames(DATASETS));
    files.put("AE", "ae.xpt");

    assertThatThrownBy(() -> content(List.of(), files))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dataset AE, which the define does not list");
  }

  @Test
  void refusesOneFileForTwoDatasets() {
    Map<String, String> files = new HashMap<>(DefineContent.xptFileNames(DATASETS));
    files.put("LB", "DM.xpt");

    assertThatThrownBy(() -> content(List.of(), files))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("given to two datasets");
  }

  @ParameterizedTest
  @CsvSource({
    "lb.xpt, true",
    "lb.json, true",
    "lb_2026-11.ndjson, true",
    "LB.XPT, true",
    "lb, false",
    "lb., false",
    ".xpt, false",
    "data/lb.xpt, false",
    "../lb.xpt, false",
    "lb .xpt, false",
    "'lb.xpt ', false",
  })
  void acceptsPlainFileNamesOnly(String file, boolean accepted) {
    Map<String, String> files = new HashMap<>(DefineContent.xptFileNames(DATASETS));
    files.put("LB", file);

    if (accepted) {
      assertThat(content(List.of(), files).fileNames()).containsEntry("LB", file);
    } else {
      assertThatThrownBy(() -> content(List.of(), files))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("of dataset LB is not a plain file name");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "FINDINGS, true",
    "TRIAL DESIGN, true",
    "FINDINGS ABOUT, true",
    "STUDY REFERENCE, true",
    "Findings, false",
    "FINDING, false",
    "BASIC DATA STRUCTURE, false",
  })
  void acceptsTheSdtmClassesDefineKnows(String datasetClass, boolean accepted) {
    Dataset lb = DefineFixture.lb();
    Dataset classed =
        new Dataset(lb.name(), lb.label(), datasetClass, lb.structure(), lb.variables());
    List<Dataset> datasets = List.of(classed);

    if (accepted) {
      assertThat(
              new DefineContent(
                      DefineFixture.STUDY,
                      DefineStandards.SDTMIG_3_4,
                      datasets,
                      List.of(),
                      DefineContent.xptFileNames(datasets),
                      DefineFixture.CREATED)
                  .datasets())
          .hasSize(1);
    } else {
      assertThatThrownBy(
              () ->
                  new DefineContent(
                      DefineFixture.STUDY,
                      DefineStandards.SDTMIG_3_4,
                      datasets,
                      List.of(),
                      DefineContent.xptFileNames(datasets),
                      DefineFixture.CREATED))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Dataset LB has class '" + datasetClass + "'");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "'', true",
    "1, true",
    "1 2 3, true",
    "2 1 3, true",
    "2, false",
    "1 3, false",
    "1 1, false",
    "1 2 2, false",
    "0 1, true",
  })
  void numbersKeysOneToNWithoutGapsOrRepeats(String sequences, boolean accepted) {
    List<Variable> variables = new ArrayList<>();
    String[] numbers = sequences.isBlank() ? new String[0] : sequences.split(" ");
    for (int i = 0; i < numbers.length; i++) {
      variables.add(
          Variable.text("V" + i, "Variable " + i, 8, "Identifier", true, VariableOrigin.ASSIGNED)
              .key(Integer.parseInt(numbers[i])));
    }
    variables.add(Variable.text("OTHER", "Other", 8, "Topic", false, VariableOrigin.ASSIGNED));
    List<Dataset> datasets =
        List.of(new Dataset("XX", "Keys", "FINDINGS", "One record per x", variables));

    if (accepted) {
      assertThat(
              new DefineContent(
                      DefineFixture.STUDY,
                      DefineStandards.SDTMIG_3_4,
                      datasets,
                      List.of(),
                      DefineContent.xptFileNames(datasets),
                      DefineFixture.CREATED)
                  .datasets())
          .hasSize(1);
    } else {
      assertThatThrownBy(
              () ->
                  new DefineContent(
                      DefineFixture.STUDY,
                      DefineStandards.SDTMIG_3_4,
                      datasets,
                      List.of(),
                      DefineContent.xptFileNames(datasets),
                      DefineFixture.CREATED))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Dataset XX numbers its keys")
          .hasMessageContaining("without gaps or repeats");
    }
  }

  @Test
  void refusesTwoCodeListsForOneVariable() {
    assertThatThrownBy(
            () ->
                content(
                    List.of(DefineFixture.sex(), DefineFixture.sex()),
                    DefineContent.xptFileNames(DATASETS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Variable DM.SEX has two code lists");
  }

  @Test
  void refusesACodeListedTwice() {
    VariableTerms twice =
        new VariableTerms(
            "DM",
            "SEX",
            "SEX",
            false,
            List.of(new Term("F", "Female", ""), new Term("F", "Feminine", "")));

    assertThatThrownBy(() -> withTerms(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Code list SEX of DM.SEX lists F twice");
  }

  @Test
  void refusesAnEmptyCodeList() {
    assertThatThrownBy(() -> withTerms(new VariableTerms("DM", "SEX", "SEX", false, List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Code list SEX of DM.SEX has no terms");
  }

  @Test
  void refusesAnEmptyCode() {
    assertThatThrownBy(
            () ->
                withTerms(
                    new VariableTerms(
                        "DM", "SEX", "SEX", false, List.of(new Term("", "Female", "")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Code list SEX of DM.SEX has an empty code");
  }

  @ParameterizedTest
  @CsvSource({
    "DM, AGE, 12, true",
    "DM, AGE, -1, true",
    "DM, AGE, 12.5, false",
    "DM, AGE, twelve, false",
    "LB, VISITNUM, 1.5, true",
    "LB, VISITNUM, 2, true",
    "LB, VISITNUM, week 2, false",
  })
  void refusesCodesThatAreNotNumbersForNumericVariables(
      String dataset, String variable, String code, boolean accepted) {
    VariableTerms terms =
        new VariableTerms(dataset, variable, variable, false, List.of(new Term(code, "", "")));

    if (accepted) {
      assertThat(withTerms(terms).termsOf(dataset, variable)).contains(terms);
    } else {
      assertThatThrownBy(() -> withTerms(terms))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Code " + code + " of " + dataset + "." + variable + " is not");
    }
  }

  @Test
  void refusesADefineWithoutDatasets() {
    assertThatThrownBy(
            () ->
                new DefineContent(
                    DefineFixture.STUDY,
                    DefineStandards.SDTMIG_3_4,
                    List.of(),
                    List.of(),
                    Map.of(),
                    DefineFixture.CREATED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A define needs at least one dataset");
  }
}
