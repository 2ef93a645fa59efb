package org.ecrf.security;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a comma-separated table: fields split at commas outside double quotes, a doubled
 * quote inside quotes standing for one, surrounding blanks trimmed.
 */
final class CsvLine {

  private CsvLine() {}

  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString().trim());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quote is not closed in: " + line);
    }
    fields.add(field.toString().trim());
    return fields;
  }
}
