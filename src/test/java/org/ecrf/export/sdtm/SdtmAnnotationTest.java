package org.ecrf.export.sdtm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SdtmAnnotationTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LB.LBTESTCD=CRP|LB|LBTESTCD|CRP|LB|true|false|false",
        "EX.EXDOSE|EX|EXDOSE||EX|false|false|false",
        "EX.EXSTDTC|EX|EXSTDTC||EX|false|false|true",
        "SUPPEX.QNAM=INTERVAL|SUPPEX|QNAM|INTERVAL|EX|false|true|false",
        "DS.DSDECOD=INFORMED CONSENT OBTAINED|DS|DSDECOD|INFORMED CONSENT OBTAINED|DS|false|false|false",
        "PC.PCSTRESC=BLQ|PC|PCSTRESC|BLQ|PC|false|false|false",
        "LB.LBTESTCD|LB|LBTESTCD||LB|false|false|false"
      })
  void readsDatasetVariableAndValue(
      String text,
      String dataset,
      String variable,
      String value,
      String domain,
      boolean test,
      boolean supplemental,
      boolean timing) {
    SdtmAnnotation annotation = SdtmAnnotation.parse("I.X", text);

    assertThat(annotation.dataset()).isEqualTo(dataset);
    assertThat(annotation.variable()).isEqualTo(variable);
    assertThat(annotation.value().orElse(null)).isEqualTo(value);
    assertThat(annotation.domain()).isEqualTo(domain);
    assertThat(annotation.isTest()).isEqualTo(test);
    assertThat(annotation.isSupplemental()).isEqualTo(supplemental);
    assertThat(annotation.isTiming()).isEqualTo(timing);
    assertThat(annotation).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"LBTESTCD", "lb.lbtestcd", "LB.", ".LBTESTCD", "LB.LBTESTCD=", "TOOLONGDS.X"})
  void refusesTextThatIsNoAnnotationNamingTheItem(String text) {
    assertThatThrownBy(() -> SdtmAnnotation.parse("I.LB_CRP", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("I.LB_CRP");
  }
}
