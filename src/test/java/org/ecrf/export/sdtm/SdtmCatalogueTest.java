package org.ecrf.export.sdtm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SdtmCatalogueTest {

  private final SdtmCatalogue catalogue = SdtmCatalogue.standard();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DM", "DS", "SV", "EX", "EC", "CM", "PR", "AE", "MH", "LB", "VS", "QS", "RS", "PC", "IS",
        "IE"
      })
  void subjectDatasetsStartWithTheirIdentifiersAndNumberTheirRecords(String name) {
    Dataset dataset = catalogue.dataset(name);

    assertThat(dataset.variables().subList(0, 3))
        .extracting(Variable::name)
        .containsExactly("STUDYID", "DOMAIN", "USUBJID");
    assertThat(dataset.keys()).extracting(Variable::name).startsWith("STUDYID", "USUBJID");
    if (!name.equals("DM") && !name.equals("SV")) {
      assertThat(dataset.variable(name + "SEQ").map(Variable::type)).contains(VariableType.INTEGER);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TA", "TE", "TV", "TI", "TS"})
  void trialDesignDatasetsHaveNoSubject(String name) {
    Dataset dataset = catalogue.dataset(name);

    assertThat(dataset.domainClass()).isEqualTo("TRIAL DESIGN");
    assertThat(dataset.variable("USUBJID")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SUPPEX", "SUPPAE", "SUPPDM"})
  void supplementalDatasetsFollowSuppqual(String name) {
    Dataset dataset = catalogue.dataset(name);

    assertThat(dataset.variables())
        .extracting(Variable::name)
        .containsExactly(
            "STUDYID",
            "RDOMAIN",
            "USUBJID",
            "IDVAR",
            "IDVARVAL",
            "QNAM",
            "QLABEL",
            "QVAL",
            "QORIG",
            "QEVAL");
    assertThat(dataset.label()).isEqualTo("Supplemental Qualifiers for " + name.substring(4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "SUPPXX", "MO"})
  void refusesAnUnknownDataset(String name) {
    assertThat(catalogue.knows(name)).isFalse();
    assertThatThrownBy(() -> catalogue.dataset(name))
        .hasMessageContaining("XX".equals(name) ? "XX" : name.replace("SUPP", ""));
  }
}
