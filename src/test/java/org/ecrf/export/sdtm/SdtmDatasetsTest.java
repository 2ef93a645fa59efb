package org.ecrf.export.sdtm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecrf.export.dataset.Term;
import org.ecrf.export.dataset.VariableTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The datasets and terms of the real TOPIT definition. */
class SdtmDatasetsTest {

  private static final SdtmDatasets TOPIT = SdtmDatasets.of(TopitSdtm.map());

  private static VariableTerms terms(String dataset, String variable) {
    return TOPIT.terms().stream()
        .filter(t -> t.dataset().equals(dataset) && t.variable().equals(variable))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void topitWritesTheDomainsItsAnnotationsReach() {
    assertThat(TOPIT.names())
        .containsExactly(
            "DM", "DS", "SV", "EX", "EC", "CM", "PR", "AE", "MH", "LB", "VS", "QS", "RS", "PC",
            "IS", "IE", "SUPPPC", "SUPPEC", "SUPPEX", "SUPPAE", "TA", "TE", "TV", "TI", "TS");
  }

  @ParameterizedTest(name = "{0} {1}: {2} {3}")
  @CsvSource({
    "LB, CRP, C Reactive Protein, C64548",
    "LB, CALPRO, Calprotectin, C82005",
    "IS, ADA_BAB, Binding Antidrug Antibody, C147272",
    "VS, WEIGHT, Weight, C25208",
    "PC, INFLIXMB, Infliximab trough level, ''",
    "QS, PUCAI07, PUCAI total (0 to 85), ''"
  })
  void testCodesCarryTheirNamesAndCdiscCodesWhereCdiscHasThem(
      String dataset, String code, String name, String nciCode) {
    assertThat(terms(dataset, dataset + "TESTCD").terms()).contains(new Term(code, name, nciCode));
  }

  @Test
  void everyTestNameFitsItsVariableAndIsUniqueInItsDataset() {
    for (VariableTerms terms : TOPIT.terms()) {
      if (terms.variable().endsWith("TESTCD")) {
        List<String> names = terms.terms().stream().map(Term::decode).toList();
        assertThat(names).as(terms.variable()).allMatch(n -> !n.isBlank() && n.length() <= 40);
        assertThat(names).as(terms.variable()).doesNotHaveDuplicates();
        assertThat(terms.terms()).extracting(Term::code).allMatch(c -> c.length() <= 8);
      }
    }
  }

  @Test
  void questionnaireAndClassificationCategoriesAreTheInstruments() {
    assertThat(terms("QS", "QSCAT").terms())
        .extracting(Term::code)
        .containsExactly("PCDAI", "WPCDAI", "PUCAI");
    assertThat(terms("RS", "RSCAT").terms())
        .extracting(Term::code)
        .containsExactly("PARIS CLASSIFICATION", "SES-CD V1", "MAYO", "UCEIS");
  }

  @Test
  void dispositionTermsAreTheMilestonesAndTheEndOfStudyAnswers() {
    assertThat(terms("DS", "DSDECOD").terms())
        .contains(
            new Term("INFORMED CONSENT OBTAINED", "", "C16735"),
            new Term("RANDOMIZED", "", "C114209"),
            new Term("COMPLETED", "Completed the study (week 54)", "C25250"),
            new Term("ADVERSE EVENT", "Adverse event", "C41331"),
            new Term("LOST TO FOLLOW UP", "Lost to follow-up", ""));
  }
}
