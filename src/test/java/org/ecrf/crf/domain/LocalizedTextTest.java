package org.ecrf.crf.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedTextTest {

  private static LocalizedText texts(String... languageAndText) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < languageAndText.length; i += 2) {
      map.put(languageAndText[i], languageAndText[i + 1]);
    }
    return new LocalizedText(map);
  }

  @ParameterizedTest
  @CsvSource({
    "de-CH, Schweiz",
    "de-DE, Deutsch",
    "de, Deutsch",
    "en, English",
    "en-GB, English",
    "fr, English",
    "DE, Deutsch"
  })
  void picksTheExactTagThenTheLanguageThenEnglish(String tag, String expected) {
    LocalizedText text = texts("en", "English", "de", "Deutsch", "de-CH", "Schweiz");
    assertThat(text.text(Locale.forLanguageTag(tag))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"fr, sans langue", "de, Deutsch"})
  void fallsBackToTheTextWithoutLanguageWhenThereIsNoEnglish(String tag, String expected) {
    LocalizedText text = texts("de", "Deutsch", "", "sans langue");
    assertThat(text.text(Locale.forLanguageTag(tag))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"fr, Nederlands", "nl-BE, Nederlands"})
  void fallsBackToAnEnglishVariantThenTheFirstText(String tag, String expected) {
    assertThat(texts("nl", "Nederlands", "es", "Español").text(Locale.forLanguageTag(tag)))
        .isEqualTo(expected);
    assertThat(texts("nl", "Nederlands", "en-US", "American").text(Locale.FRENCH))
        .isEqualTo("American");
  }

  @org.junit.jupiter.api.Test
  void givesEmptyTextWhenThereIsNone() {
    assertThat(LocalizedText.EMPTY.text(Locale.GERMAN)).isEmpty();
    assertThat(LocalizedText.EMPTY.isEmpty()).isTrue();
  }
}
