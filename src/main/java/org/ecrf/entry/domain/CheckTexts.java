package org.ecrf.entry.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.LocalizedText;

/**
 * Fills the built-in templates in English and German. Placeholders are replaced in one pass, so a
 * value that itself contains {@code {1}} stays as entered; values are shortened to {@value
 * #SHOWN_CHARACTERS} characters and characters that cannot be shown are replaced, so that a hostile
 * or huge input never makes a huge or broken message.
 */
final class CheckTexts {

  static final int SHOWN_CHARACTERS = 40;

  static final Locale GERMAN = Locale.GERMAN;
  static final Locale ENGLISH = Locale.ENGLISH;

  private CheckTexts() {}

  /**
   * A message from a template. The value is entered text (shortened and made printable) or an
   * already composed {@link LocalizedText}; each detail is a {@link LocalizedText} (shown in the
   * message's language) or any other object (shown as its text).
   */
  static LocalizedText compose(
      BuiltInText template, LocalizedText question, Object value, Object... details) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("en", fill(template.english(), question, value, details, ENGLISH));
    texts.put("de", fill(template.german(), question, value, details, GERMAN));
    return new LocalizedText(texts);
  }

  /** Two texts joined language by language (a range message and its suffix). */
  static LocalizedText join(LocalizedText first, BuiltInText second) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("en", first.text(ENGLISH) + second.english());
    texts.put("de", first.text(GERMAN) + second.german());
    return new LocalizedText(texts);
  }

  /** A list of localized texts joined with commas, language by language. */
  static LocalizedText list(List<LocalizedText> parts) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("en", String.join(", ", parts.stream().map(p -> p.text(ENGLISH)).toList()));
    texts.put("de", String.join(", ", parts.stream().map(p -> p.text(GERMAN)).toList()));
    return new LocalizedText(texts);
  }

  /** The same text in both languages (a code, a number). */
  static LocalizedText same(String text) {
    return new LocalizedText(Map.of("en", text, "de", text));
  }

  /** A built-in fragment (a subject fact's name). */
  static LocalizedText of(BuiltInText fragment) {
    return new LocalizedText(Map.of("en", fragment.english(), "de", fragment.german()));
  }

  /** The item's question, or its OID when the definition has none. */
  static LocalizedText question(ItemDef item) {
    return item.presentation().question().isEmpty()
        ? same(item.oid())
        : item.presentation().question();
  }

  /** A value as messages show it: shortened, with unprintable characters replaced. */
  static String shown(String value) {
    return printable(value, SHOWN_CHARACTERS);
  }

  /** A text with unprintable characters replaced by '?', cut after {@code max} characters. */
  static String printable(String value, int max) {
    StringBuilder shown = new StringBuilder();
    value
        .codePoints()
        .limit(max + 1L)
        .forEach(c -> shown.appendCodePoint(StoredCharacters.isAllowed(c) && c >= ' ' ? c : '?'));
    if (shown.codePointCount(0, shown.length()) > max) {
      shown.setLength(shown.offsetByCodePoints(0, max));
      shown.append('…');
    }
    return shown.toString();
  }

  private static String fill(
      String template, LocalizedText question, Object value, Object[] details, Locale locale) {
    StringBuilder text = new StringBuilder();
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        text.append(template, at, template.length());
        break;
      }
      text.append(template, at, open);
      text.append(
          placeholder(template.substring(open + 1, close), question, value, details, locale));
      at = close + 1;
    }
    return text.toString();
  }

  private static String placeholder(
      String name, LocalizedText question, Object value, Object[] details, Locale locale) {
    return switch (name) {
      case "q" -> question.text(locale);
      case "v" ->
          value instanceof LocalizedText localized
              ? localized.text(locale)
              : shown(String.valueOf(value));
      case "1" -> detail(details, 0, locale);
      case "2" -> detail(details, 1, locale);
      default -> "{" + name + "}";
    };
  }

  private static String detail(Object[] details, int index, Locale locale) {
    if (index >= details.length) {
      return "";
    }
    Object detail = details[index];
    return detail instanceof LocalizedText localized
        ? localized.text(locale)
        : String.valueOf(detail);
  }
}
