package org.ecrf.export.format;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.ecrf.export.dataset.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowCheckTest {

  private static final Dataset SAMPLE = SampleDataset.sample();
  private static final Dataset MANDATORY = SampleDataset.mandatorySample();

  @ParameterizedTest(name = "U+{0}: ASCII {1}, UTF-8 {2}")
  @CsvSource({
    "0000, false, true",
    "0009, false, true", // tab
    "000A, false, true", // line feed
    "001F, false, true",
    "0020, true, true", // blank, the first printable
    "007E, true, true", // tilde, the last printable
    "007F, false, true", // delete
    "00A0, false, true", // no-break space
    "00E9, false, true",
  })
  void acceptsPrintableAsciiForXptAndAnyCharacterForUtf8(String hex, boolean ascii, boolean utf8) {
    String text = "a" + (char) Integer.parseInt(hex, 16);
    List<Object> row = List.of(text, 1L, BigDecimal.ONE);
    for (var rule : RowCheck.TextRule.values()) {
      boolean accepted = rule == RowCheck.TextRule.PRINTABLE_ASCII ? ascii : utf8;
      RowCheck check = new RowCheck(SAMPLE, rule);
      if (accepted) {
        assertThatCode(() -> check.check(row, 7)).as("%s", rule).doesNotThrowAnyException();
      } else {
        assertThatThrownBy(() -> check.check(row, 7))
            .as("%s", rule)
            .hasMessageStartingWith(
                "Dataset SMP, row 7, variable TEXT: character U+" + hex + " at position 2");
      }
    }
  }

  @ParameterizedTest(name = "[{0}] mandatory: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "x | true",
        "' x ' | true",
        "' ' | false", // blank is missing in SAS transport
        "'' | false",
      })
  void refusesBlankTextForAMandatoryVariable(String text, boolean accepted) {
    RowCheck check = new RowCheck(MANDATORY, RowCheck.TextRule.UTF_8);
    List<Object> row = Arrays.asList(text, 1L, BigDecimal.ONE);
    if (accepted) {
      assertThatCode(() -> check.check(row, 1)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> check.check(row, 1))
          .hasMessage("Dataset SMP, row 1, variable TEXT: a mandatory value is missing");
    }
  }

  @ParameterizedTest(name = "{0} characters")
  @CsvSource({"19, true", "20, true", "21, false"})
  void acceptsTextUpToTheVariablesLength(int length, boolean accepted) {
    List<Object> row = List.of("x".repeat(length), 1L, BigDecimal.ONE);
    for (var rule : RowCheck.TextRule.values()) {
      RowCheck check = new RowCheck(SAMPLE, rule);
      if (accepted) {
        assertThatCode(() -> check.check(row, 1)).doesNotThrowAnyException();
      } else {
        assertThatThrownBy(() -> check.check(row, 1))
            .hasMessageStartingWith(
                "Dataset SMP, row 1, variable TEXT: text of 21 bytes is longer than the"
                    + " variable's length 20");
      }
    }
  }

  @ParameterizedTest(name = "missing in a non-mandatory {0}")
  @CsvSource({"TEXT, 0", "COUNT, 1", "AMOUNT, 2"})
  void acceptsMissingValuesOfEveryTypeWhenNotMandatory(String variable, int index) {
    List<Object> row = Arrays.asList("x", 1L, BigDecimal.ONE);
    row.set(index, null);
    assertThatCode(() -> new RowCheck(SAMPLE, RowCheck.TextRule.UTF_8).check(row, 1))
        .as(variable)
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> new RowCheck(MANDATORY, RowCheck.TextRule.UTF_8).check(row, 1))
        .hasMessage("Dataset SMP, row 1, variable " + variable + ": a mandatory value is missing");
  }
}
