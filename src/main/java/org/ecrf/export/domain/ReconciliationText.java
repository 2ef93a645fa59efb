package org.ecrf.export.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A reconciliation as stored with its export: one line per count, its four fields separated by tabs
 * ({@code what}, read, written, note); tabs and line breaks inside the texts become spaces.
 */
final class ReconciliationText {

  private ReconciliationText() {}

  static String write(Reconciliation reconciliation) {
    StringBuilder text = new StringBuilder();
    for (ReconciliationLine line : reconciliation.lines()) {
      text.append(flat(line.what()))
          .append('\t')
          .append(line.read())
          .append('\t')
          .append(line.written())
          .append('\t')
          .append(flat(line.note()))
          .append('\n');
    }
    return text.toString();
  }

  static Reconciliation read(String text) {
    List<ReconciliationLine> lines = new ArrayList<>();
    for (String row : text.split("\n")) {
      if (row.isEmpty()) {
        continue;
      }
      String[] fields = row.split("\t", -1);
      if (fields.length != 4) {
        throw new IllegalArgumentException("Stored reconciliation line is malformed: " + row);
      }
      lines.add(
          new ReconciliationLine(
              fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2]), fields[3]));
    }
    return new Reconciliation(lines);
  }

  private static String flat(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
