package org.ecrf.entry.domain;

import java.util.OptionalInt;

/**
 * Which characters a stored value may contain: those XML 1.0 allows (tab, line feed, carriage
 * return and the printable ranges, no unpaired surrogates), so that every stored value can be
 * exported as ODM. Everything else in a value is refused with a message, never silently removed.
 */
final class StoredCharacters {

  private StoredCharacters() {}

  /** True for a code point XML 1.0 allows. */
  static boolean isAllowed(int codePoint) {
    return codePoint == 0x9
        || codePoint == 0xA
        || codePoint == 0xD
        || (codePoint >= 0x20 && codePoint <= 0xD7FF)
        || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
        || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
  }

  /** The position (counting characters from 1) of the first character not allowed, if any. */
  static OptionalInt firstForbidden(String text) {
    int position = 1;
    for (int offset = 0; offset < text.length(); position++) {
      int codePoint = text.codePointAt(offset);
      if (!isAllowed(codePoint)) {
        return OptionalInt.of(position);
      }
      offset += Character.charCount(codePoint);
    }
    return OptionalInt.empty();
  }
}
