package org.ecrf.export.define;

/** The characters an XML 1.0 document may hold (XML 1.0, production 2 "Char"). */
final class XmlCharacters {

  private XmlCharacters() {}

  /** Whether the code point may appear in an XML 1.0 document. */
  static boolean allowed(int codePoint) {
    return codePoint == 0x9
        || codePoint == 0xA
        || codePoint == 0xD
        || codePoint >= 0x20 && codePoint <= 0xD7FF
        || codePoint >= 0xE000 && codePoint <= 0xFFFD
        || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
  }
}
