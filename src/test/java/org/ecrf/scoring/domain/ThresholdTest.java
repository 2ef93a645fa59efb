package org.ecrf.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdTest {

  @ParameterizedTest(name = "{1} {0}: {2}")
  @CsvSource({
    "'< 10', 9.9, true",
    "'< 10', 10, false",
    "'<= 10', 10, true",
    "'<= 10', 10.1, false",
    "'>= 12.5', 12.5, true",
    "'>= 12.5', 12.4, false",
    "'> 12.5', 12.5, false",
    "'> 12.5', 12.6, true",
    "'>=20', 20.00, true"
  })
  void comparesAsWrittenInTheSources(String threshold, BigDecimal value, boolean met) {
    assertThat(Threshold.parse(threshold).isMetBy(value)).isEqualTo(met);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "=> 10", "10", "> ten", "≥ 10"})
  void rejectsTextThatIsNotAThreshold(String text) {
    assertThatThrownBy(() -> Threshold.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("operator");
  }

  @ParameterizedTest
  @CsvSource({"'>=17.5', '>= 17.5'", "'<  10', '< 10'"})
  void printsItselfAsItIsParsed(String text, String printed) {
    assertThat(Threshold.parse(text)).hasToString(printed);
  }
}
