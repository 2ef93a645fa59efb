package org.ecrf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvLineTest {

  @Test
  void splitsAtCommasOutsideQuotesAndTrimsEachField() {
    assertThat(CsvLine.split("API, GET ,\"a, b\",-")).containsExactly("API", "GET", "a, b", "-");
  }

  @Test
  void aDoubledQuoteInsideQuotesIsOneQuote() {
    assertThat(CsvLine.split("x,\"refused (\"\"No subject\"\")\","))
        .containsExactly("x", "refused (\"No subject\")", "");
  }

  @Test
  void anUnclosedQuoteIsRefusedWithTheLine() {
    assertThatThrownBy(() -> CsvLine.split("a,\"b,c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a,\"b,c");
  }
}
