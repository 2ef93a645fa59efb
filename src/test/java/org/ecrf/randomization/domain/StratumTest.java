package org.ecrf.randomization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StratumTest {

  @Test
  void keyKeepsTheFactorOrderAndParsesBack() {
    Map<String, String> levels = new LinkedHashMap<>();
    levels.put("DIAGNOSIS", "CD");
    levels.put("SITE", "POT");
    Stratum stratum = new Stratum(levels);
    assertThat(stratum.key()).isEqualTo("DIAGNOSIS=CD;SITE=POT");
    assertThat(Stratum.parse(stratum.key())).isEqualTo(stratum);
    assertThat(stratum).hasToString("DIAGNOSIS=CD;SITE=POT");
  }

  @Test
  void emptyKeyIsTheUnstratifiedStratum() {
    assertThat(Stratum.parse("").levels()).isEmpty();
    assertThat(Stratum.parse("")).hasToString("(unstratified)");
  }

  @Test
  void isImmutable() {
    Map<String, String> levels = new LinkedHashMap<>(Map.of("SITE", "POT"));
    Stratum stratum = new Stratum(levels);
    levels.put("SITE", "BER");
    assertThat(stratum.level("SITE")).isEqualTo("POT");
    assertThatThrownBy(() -> stratum.levels().put("SITE", "BER"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SITE", "SITE=", "=POT", "SITE=POT;", "SITE=POT;SITE=BER", "A=B=C"})
  void rejectsMalformedKeys(String key) {
    assertThatThrownBy(() -> Stratum.parse(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FACTOR=LEVEL");
  }
}
