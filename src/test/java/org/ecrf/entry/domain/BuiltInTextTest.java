package org.ecrf.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecrf.crf.domain.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The built-in message catalogue: every text in English and German, with the same details. */
class BuiltInTextTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z0-9]+}");

  private static List<String> placeholders(String template) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    return matcher.results().map(result -> result.group()).sorted().toList();
  }

  @ParameterizedTest
  @EnumSource(BuiltInText.class)
  void hasAnEnglishAndAGermanTextWithTheSamePlaceholders(BuiltInText text) {
    assertThat(text.english()).isNotBlank();
    assertThat(text.german()).isNotBlank().isNotEqualTo(text.english());
    assertThat(placeholders(text.german())).isEqualTo(placeholders(text.english()));
  }

  @Test
  void fillsTheQuestionPerLanguageAndShortensLongValues() {
    LocalizedText question = new LocalizedText(java.util.Map.of("en", "Weight", "de", "Gewicht"));

    LocalizedText text =
        CheckTexts.compose(BuiltInText.NOT_A_NUMBER, question, "1".repeat(100) + "x");

    assertThat(text.text(Locale.ENGLISH))
        .isEqualTo("Weight: " + "1".repeat(40) + "… is not a number");
    assertThat(text.text(Locale.GERMAN))
        .isEqualTo("Gewicht: " + "1".repeat(40) + "… ist keine Zahl");
    assertThat(text.text(Locale.FRENCH)).isEqualTo(text.text(Locale.ENGLISH));
  }
}
