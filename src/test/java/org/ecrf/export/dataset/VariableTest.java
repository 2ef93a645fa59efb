package org.ecrf.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariableTest {

  @ParameterizedTest
  @CsvSource({
    "USUBJID, true",
    "A, true",
    "QSTESTCD, true",
    "LBSTRESN1, false",
    "usubjid, false",
    "1ABC, false",
    "AB-C, false"
  })
  void acceptsUpperCaseSasNamesOfAtMostEightCharacters(String name, boolean accepted) {
    if (accepted) {
      assertThat(text(name, "Label", 20).name()).isEqualTo(name);
    } else {
      assertThatThrownBy(() -> text(name, "Label", 20))
          .hasMessageContaining("is not an upper-case SAS name");
    }
  }

  @ParameterizedTest
  @CsvSource({"1, true", "200, true", "0, false", "201, false"})
  void textLengthIsOneTo200Bytes(int length, boolean accepted) {
    if (accepted) {
      assertThat(text("AETERM", "Reported Term", length).length()).isEqualTo(length);
    } else {
      assertThatThrownBy(() -> text("AETERM", "Reported Term", length))
          .hasMessage("Length of AETERM must be 1 to 200 for text, not " + length);
    }
  }

  @Test
  void labelsAreAtMostFortyPrintableAsciiCharacters() {
    assertThat(text("X", "a".repeat(40), 1).label()).hasSize(40);
    assertThatThrownBy(() -> text("X", "a".repeat(41), 1)).hasMessageContaining("1 to 40");
    assertThatThrownBy(() -> text("X", "Größe", 1)).hasMessageContaining("printable ASCII");
  }

  @Test
  void aDatasetKnowsItsKeysInOrderAndRefusesADuplicateVariable() {
    Variable studyId = text("STUDYID", "Study Identifier", 12).key(1);
    Variable usubjid = text("USUBJID", "Unique Subject Identifier", 30).key(2);
    Variable seq =
        Variable.number(
                "DMSEQ",
                "Sequence Number",
                VariableType.INTEGER,
                "Identifier",
                true,
                VariableOrigin.DERIVED)
            .key(3);
    Dataset dm =
        new Dataset(
            "DM",
            "Demographics",
            "SPECIAL PURPOSE",
            "One record per subject",
            List.of(usubjid, seq, studyId));
    assertThat(dm.keys()).containsExactly(studyId, usubjid, seq);
    assertThat(dm.indexOf("DMSEQ")).isEqualTo(1);
    assertThatThrownBy(() -> dm.indexOf("AGE")).hasMessage("Dataset DM has no variable AGE");
    assertThatThrownBy(
            () ->
                new Dataset(
                    "DM", "Demographics", "SPECIAL PURPOSE", "x", List.of(studyId, studyId)))
        .hasMessage("Dataset DM has variable STUDYID twice");
  }

  private static Variable text(String name, String label, int length) {
    return Variable.text(name, label, length, "Identifier", true, VariableOrigin.COLLECTED);
  }
}
