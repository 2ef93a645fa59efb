package org.ecrf.subject.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectKeyTest {

  @ParameterizedTest(name = "{0}-{1} is {2}")
  @CsvSource({
    "POT, 1, POT-0001",
    "POT, 7, POT-0007",
    "BER2, 123, BER2-0123",
    "POT, 9999, POT-9999",
    "POT, 10000, POT-10000",
    "POT, 123456, POT-123456"
  })
  void formatsWithAtLeastFourDigitsAndParsesBack(String site, int sequence, String text) {
    SubjectKey key = new SubjectKey(site, sequence);
    assertThat(key.value()).isEqualTo(text);
    assertThat(key).hasToString(text);
    assertThat(SubjectKey.parse(text)).isEqualTo(key);
    assertThat(SubjectKey.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "POT-007",
        "POT-0000",
        "pot-0007",
        "POT0007",
        "POT--0007",
        "POT-0007 ",
        "P-0007",
        "1POT-0007",
        "POT-00007",
        "POT-12a4",
        "POT-1234567890",
        "ABCDEFGHIJKLMNOPQ-0001"
      })
  void rejectsKeysNotInCanonicalForm(String text) {
    assertThat(SubjectKey.isValid(text)).isFalse();
    assertThatThrownBy(() -> SubjectKey.parse(text))
        .isInstanceOf(SubjectInputException.class)
        .satisfies(e -> assertThat(((SubjectInputException) e).field()).isEqualTo("subjectKey"))
        .hasMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @NullAndEmptySource
  void rejectsAMissingKey(String text) {
    assertThatThrownBy(() -> SubjectKey.parse(text))
        .hasMessageContaining("A subject key is a site code, a hyphen and a number");
  }

  @Test
  void explainsExtraLeadingZeros() {
    assertThatThrownBy(() -> SubjectKey.parse("POT-00007"))
        .hasMessage(
            "subjectKey: 'POT-00007' has extra leading zeros; write it with 4 digits or more, no"
                + " padding");
  }

  @Test
  void rejectsBadSiteCodesAndSequencesBelowOne() {
    assertThatThrownBy(() -> new SubjectKey("P-T", 1))
        .isInstanceOf(SubjectInputException.class)
        .hasMessageContaining("site: A site code is an upper-case letter");
    assertThatThrownBy(() -> new SubjectKey("POT", 0))
        .hasMessage("subjectKey: The sequence of a subject key starts at 1, not 0");
  }

  @Test
  void normalisesATypedSiteCode() {
    assertThat(SubjectKey.checkedSiteCode(" pot ")).isEqualTo("POT");
    assertThatThrownBy(() -> SubjectKey.checkedSiteCode("PO T"))
        .isInstanceOf(SubjectInputException.class);
  }

  @Test
  void sortsBySiteThenNumericallyBySequence() {
    List<SubjectKey> keys =
        new ArrayList<>(
            List.of(
                SubjectKey.parse("POT-10000"),
                SubjectKey.parse("BER-0002"),
                SubjectKey.parse("POT-9999"),
                SubjectKey.parse("POT-0001")));
    Collections.sort(keys);
    assertThat(keys)
        .extracting(SubjectKey::value)
        .containsExactly("BER-0002", "POT-0001", "POT-9999", "POT-10000");
    assertThat(SubjectKey.parse("POT-9999").next().value()).isEqualTo("POT-10000");
  }
}
