package org.ecrf.crf.odm.clinical;

/**
 * The characters an XML 1.0 document can carry (XML 1.0, production 2: tab, line feed, carriage
 * return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF). Others, such as U+0000 or a lone
 * surrogate, cannot be written even as character references; the writer refuses them rather than
 * produce a file no parser reads.
 */
final class XmlChars {

  private XmlChars() {}

  /**
   * @throws IllegalArgumentException naming the element path and the character
   */
  static void check(String text, String what, XmlOut out) {
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!allowed(c)) {
        throw new IllegalArgumentException(
            "Cannot write "
                + what
                + " of "
                + out.path()
                + ": it contains U+"
                + String.format("%04X", c)
                + " at character "
                + (i + 1)
                + ", which XML 1.0 cannot carry.");
      }
      i += Character.charCount(c);
    }
  }

  static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
