package org.ecrf.export.format;

import java.io.IOException;
import java.io.Writer;

/** JSON string literals (RFC 8259 §7): quotes, backslash and control characters escaped. */
final class JsonText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /** Writes the text as a quoted JSON string. */
  static void writeString(Writer out, String text) throws IOException {
    out.write('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.write("\\\"");
        case '\\' -> out.write("\\\\");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        case '\t' -> out.write("\\t");
        case '\b' -> out.write("\\b");
        case '\f' -> out.write("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.write("\\u");
            out.write(HEX[c >> 12 & 0xF]);
            out.write(HEX[c >> 8 & 0xF]);
            out.write(HEX[c >> 4 & 0xF]);
            out.write(HEX[c & 0xF]);
          } else {
            out.write(c);
          }
        }
      }
    }
    out.write('"');
  }
}
