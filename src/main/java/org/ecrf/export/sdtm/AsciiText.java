package org.ecrf.export.sdtm;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text folded to printable ASCII for SAS transport, which accepts nothing else: accents dropped
 * ({@code é} to {@code e}), a few letters and signs spelled out ({@code ß} to {@code ss}, {@code µ}
 * to {@code u}, superscript digits to digits), anything else unknown to {@code ?}. Counts the
 * values it changed, so the reconciliation can say how many were folded.
 */
final class AsciiText {

  private static final Map<Character, String> SPELLED =
      Map.ofEntries(
          Map.entry('ß', "ss"),
          Map.entry('µ', "u"),
          Map.entry('μ', "u"),
          Map.entry('æ', "ae"),
          Map.entry('Æ', "AE"),
          Map.entry('ø', "o"),
          Map.entry('Ø', "O"),
          Map.entry('œ', "oe"),
          Map.entry('Œ', "OE"),
          Map.entry('ł', "l"),
          Map.entry('Ł', "L"),
          Map.entry('²', "2"),
          Map.entry('³', "3"),
          Map.entry('⁹', "9"),
          Map.entry('°', "deg"),
          Map.entry('–', "-"),
          Map.entry('—', "-"),
          Map.entry('‘', "'"),
          Map.entry('’', "'"),
          Map.entry('“', "\""),
          Map.entry('”', "\""),
          Map.entry('≥', ">="),
          Map.entry('≤', "<="),
          Map.entry('\u00A0', " "));

  private long folded;

  /** The text in printable ASCII; tabs and line breaks become spaces. */
  String fold(String text) {
    if (text == null || isAscii(text)) {
      return text;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder ascii = new StringBuilder(decomposed.length());
    for (char c : decomposed.toCharArray()) {
      if (c >= 0x20 && c <= 0x7E) {
        ascii.append(c);
      } else if (c == '\t' || c == '\n' || c == '\r') {
        ascii.append(' ');
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else {
        ascii.append(SPELLED.getOrDefault(c, "?"));
      }
    }
    folded++;
    return ascii.toString();
  }

  /** How many values were changed so far. */
  long folded() {
    return folded;
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }
}
