package org.ecrf.subject.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormIconTest {

  @ParameterizedTest(name = "{0} shows {1}")
  @CsvSource({
    "NOT_STARTED, ''",
    "IN_PROGRESS, pi pi-pencil",
    "COMPLETE,    pi pi-check",
    "VERIFIED,    pi pi-check-circle",
    "SIGNED,      pi pi-verified",
    "FROZEN,      pi pi-lock",
    "LOCKED,      pi pi-lock"
  })
  void eachStatusHasAGlyphBesidesItsColour(String status, String glyph) {
    assertThat(new FormIcon("F.LAB", "Laboratory", status, "").glyph()).isEqualTo(glyph);
  }

  @ParameterizedTest
  @CsvSource({"IN_PROGRESS", "COMPLETE", "VERIFIED", "SIGNED", "FROZEN", "LOCKED"})
  void theLegendListsEveryFormStatus(String status) {
    assertThat(FormIcon.STATUSES)
        .contains(status)
        .contains(org.ecrf.entry.domain.FormStatus.valueOf(status).name());
  }
}
