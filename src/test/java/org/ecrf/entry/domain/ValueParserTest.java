package org.ecrf.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecrf.crf.domain.DataType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ValueParserTest {

  @ParameterizedTest(name = "{0} ''{1}'': accepted {2}, {3}")
  @CsvFileSource(resources = "/entry/data-types.csv", numLinesToSkip = 1)
  void readsEachDataTypeAtItsEdges(String type, String text, boolean accepted, String expected) {
    DataType dataType = DataType.fromOdm(type).orElseThrow();

    ParseResult result = ValueParser.of(dataType).parse(text);

    if (accepted) {
      assertThat(result)
          .isInstanceOfSatisfying(
              ParseResult.Accepted.class, ok -> assertThat(ok.value().text()).isEqualTo(expected));
      assertThat(dataType.accepts(text))
          .as("the entry parser accepts only what the definition's type check accepts")
          .isTrue();
    } else {
      assertThat(result)
          .isInstanceOfSatisfying(
              ParseResult.Refused.class,
              refused -> assertThat(refused.reason()).hasToString(expected));
    }
  }
}
