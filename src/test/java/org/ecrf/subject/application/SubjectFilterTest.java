package org.ecrf.subject.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.subject.domain.Diagnosis;
import org.ecrf.subject.domain.SubjectStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectFilterTest {

  @ParameterizedTest(name = "key text ''{0}'' looks for ''{1}''")
  @CsvSource(
      value = {
        "pot-0007|POT-0007",
        "  pot 7 |POT7",
        "POT%|POT",
        "_|\"\"",
        "0001|0001",
        "x'; DROP TABLE subject; --|XDROPTABLESUBJECT--",
        "|\"\""
      },
      delimiter = '|',
      quoteCharacter = '"')
  void keyTextKeepsOnlyWhatASubjectKeyCanHold(String typed, String fragment) {
    assertThat(SubjectFilter.parse(typed, null, null, null).keyFragment()).isEqualTo(fragment);
  }

  @Test
  void blankPartsFilterNothing() {
    assertThat(SubjectFilter.parse(" ", "", null, "  ")).isEqualTo(SubjectFilter.NONE);
  }

  @Test
  void statusDiagnosisAndSiteAreRead() {
    SubjectFilter filter = SubjectFilter.parse(null, "randomised", "uc", " pot ");

    assertThat(filter.status()).contains(SubjectStatus.RANDOMISED);
    assertThat(filter.diagnosis()).contains(Diagnosis.UC);
    assertThat(filter.siteCode()).isEqualTo(Optional.of("POT"));
  }

  @ParameterizedTest
  @CsvSource({"status, SCREENED, ''", "diagnosis, '', IBD-U"})
  void anUnknownStatusOrDiagnosisIsRefusedNamingTheField(
      String field, String status, String diagnosis) {
    assertThatThrownBy(() -> SubjectFilter.parse(null, status, diagnosis, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field))
        .hasMessageContaining(field);
  }

  @Test
  void aFragmentWithWildcardsCannotBeBuilt() {
    assertThatThrownBy(
            () -> new SubjectFilter("POT%", Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("POT%");
  }
}
