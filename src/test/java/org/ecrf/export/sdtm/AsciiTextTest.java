package org.ecrf.export.sdtm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Übelkeit|Ubelkeit",
        "Prométhéus|Prometheus",
        "Straße|Strasse",
        "µg/g|ug/g",
        "kg/m²|kg/m2",
        "10⁹/L|109/L",
        "Crohn’s disease|Crohn's disease",
        "Ærø|AEro",
        "中|?"
      })
  void foldsToPrintableAscii(String text, String ascii) {
    AsciiText folding = new AsciiText();

    assertThat(folding.fold(text)).isEqualTo(ascii);
    assertThat(folding.folded()).isEqualTo(1);
  }

  @Test
  void leavesAsciiAloneAndUncounted() {
    AsciiText folding = new AsciiText();

    assertThat(folding.fold("C Reactive Protein")).isEqualTo("C Reactive Protein");
    assertThat(folding.fold(null)).isNull();
    assertThat(folding.folded()).isZero();
  }

  @Test
  void turnsLineBreaksIntoSpaces() {
    assertThat(new AsciiText().fold("line one\nline two")).isEqualTo("line one line two");
  }
}
