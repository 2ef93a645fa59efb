package org.ecrf.site.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void normalisesCodeAndCountry() {
    Site site = new Site(" pot ", new SiteDetails("Potsdam", "deu", "Europe/Berlin"), NOW);

    assertThat(site.code()).isEqualTo("POT");
    assertThat(site.countryCode()).isEqualTo("DEU");
    assertThat(site.zone().getId()).isEqualTo("Europe/Berlin");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "P", "1POT", "PO-T", "ABCDEFGHIJKLMNOPQ"})
  void refusesCodesThatCannotPrefixASubjectKey(String code) {
    assertThatThrownBy(() -> Site.checkedCode(code)).hasMessageContaining("site code");
  }

  @ParameterizedTest
  @CsvSource({
    "'', DEU, Europe/Berlin, name",
    "Potsdam, DE, Europe/Berlin, alpha-3",
    "Potsdam, DEU, Berlin, IANA"
  })
  void refusesIncompleteOrMalformedDetails(
      String name, String country, String zone, String message) {
    assertThatThrownBy(() -> new Site("POT", new SiteDetails(name, country, zone), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
