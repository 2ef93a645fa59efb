package org.ecrf.crf.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataTypeTest {

  @ParameterizedTest
  @CsvSource({
    "integer, 0, true",
    "integer, -12, true",
    "integer, +7, true",
    "integer, 1.5, false",
    "integer, ten, false",
    "float, 2.5, true",
    "float, .5, true",
    "float, 3., true",
    "float, -0.1, true",
    "float, 1e3, false",
    "float, '1,5', false",
    "double, 1.5E+3, true",
    "double, NaN, true",
    "double, 1.5X, false",
    "date, 2025-02-28, true",
    "date, 2025-02-30, false",
    "date, 28.02.2025, false",
    "time, 08:30:00, true",
    "time, 25:00:00, false",
    "datetime, 2025-02-28T08:30:00, true",
    "datetime, 2025-02-28T08:30:00+01:00, true",
    "datetime, 2025-02-28, false",
    "boolean, true, true",
    "boolean, 1, true",
    "boolean, yes, false",
    "partialDate, 2025, true",
    "partialDate, 2025-02, true",
    "partialDate, 2025-13, false",
    "partialTime, 08, true",
    "partialTime, 08:30, true",
    "partialDatetime, 2025-02-28T08, true",
    "text, anything at all, true",
    "string, x, true"
  })
  void acceptsOnlyValuesWrittenInTheType(String type, String value, boolean accepted) {
    assertThat(DataType.fromOdm(type).orElseThrow().accepts(value)).isEqualTo(accepted);
  }

  @ParameterizedTest
  @CsvSource({"integer", "text", "date"})
  void neverAcceptsAnEmptyValue(String type) {
    assertThat(DataType.fromOdm(type).orElseThrow().accepts("")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"Integer", "Num", "Char", "TEXT"})
  void knowsOnlyTheExactOdmSpelling(String name) {
    assertThat(DataType.fromOdm(name)).isEmpty();
  }
}
