package org.ecrf.subject.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SexAndDiagnosisTest {

  @ParameterizedTest
  @CsvSource({"M, M", "F, F", "f, F", "' m ', M"})
  void readsSexCodes(String text, Sex expected) {
    assertThat(Sex.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"U", "unknown", "UNDIFFERENTIATED"})
  void refusesUnknownOrUndifferentiatedSexWithTheReason(String text) {
    assertThatThrownBy(() -> Sex.parse(text))
        .isInstanceOf(SubjectInputException.class)
        .hasMessageContaining("sex: Sex '" + text + "' cannot be enrolled")
        .hasMessageContaining("growth");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "X", "male", "MF"})
  void refusesOtherSexCodes(String text) {
    assertThatThrownBy(() -> Sex.parse(text)).hasMessage("sex: Sex is M or F, not '" + text + "'");
  }

  @ParameterizedTest
  @CsvSource({"CD, CD", "UC, UC", "cd, CD", "' uc ', UC"})
  void readsDiagnoses(String text, Diagnosis expected) {
    assertThat(Diagnosis.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"IBD-U", "ibdu", "IBD_U", "IC"})
  void refusesIbdUnclassifiedAsNotRandomisable(String text) {
    assertThatThrownBy(() -> Diagnosis.parse(text))
        .isInstanceOf(SubjectInputException.class)
        .hasMessage(
            "diagnosis: IBD unclassified cannot be enrolled: TOPIT randomises children with CD or"
                + " UC only");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Crohn", "CDUC"})
  void refusesOtherDiagnoses(String text) {
    assertThatThrownBy(() -> Diagnosis.parse(text))
        .hasMessage("diagnosis: The diagnosis is CD or UC, not '" + text + "'");
  }
}
