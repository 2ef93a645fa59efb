package org.ecrf.crf.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A text in several languages: the ODM {@code TranslatedText} elements of one Question,
 * Description, Decode, ErrorMessage or help text, keyed by their {@code xml:lang} (the empty key
 * for a TranslatedText without one). All languages of the file are kept.
 *
 * @param translations language tag as written in the file (e.g. {@code en}, {@code de}) to text, in
 *     file order
 */
public record LocalizedText(Map<String, String> translations) {

  /** No text in any language. */
  public static final LocalizedText EMPTY = new LocalizedText(Map.of());

  /** The key of a TranslatedText without {@code xml:lang}. */
  public static final String NO_LANGUAGE = "";

  private static final String FALLBACK_LANGUAGE = "en";

  public LocalizedText {
    translations = Collections.unmodifiableMap(new LinkedHashMap<>(translations));
  }

  /** A text in one language. */
  public static LocalizedText of(String languageTag, String text) {
    return new LocalizedText(Map.of(languageTag, text));
  }

  /**
   * The text for a locale, falling back to English: first the exact language tag (de-CH), then the
   * language alone (de), then English, then a text without language, then the first text; empty
   * when there is no text at all. Tags compare case-insensitively.
   */
  public String text(Locale locale) {
    String tag = locale.toLanguageTag();
    return find(tag)
        .or(() -> findLanguage(locale.getLanguage()))
        .or(() -> findLanguage(FALLBACK_LANGUAGE))
        .or(() -> Optional.ofNullable(translations.get(NO_LANGUAGE)))
        .or(() -> translations.values().stream().findFirst())
        .orElse("");
  }

  /** The text in exactly this language tag, if present. */
  public Optional<String> find(String languageTag) {
    return translations.entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(languageTag))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private Optional<String> findLanguage(String language) {
    if (language.isEmpty()) {
      return Optional.empty();
    }
    return find(language)
        .or(
            () ->
                translations.entrySet().stream()
                    .filter(entry -> primaryLanguage(entry.getKey()).equalsIgnoreCase(language))
                    .map(Map.Entry::getValue)
                    .findFirst());
  }

  private static String primaryLanguage(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }

  /** The language tags present, in file order. */
  public Set<String> languages() {
    return translations.keySet();
  }

  /** True when there is no text in any language. */
  public boolean isEmpty() {
    return translations.isEmpty();
  }

  /** The English text (or the fallback chain of {@link #text(Locale)}); handy for logs. */
  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }
}
