package org.ecrf.entry.application;

import java.util.Objects;

/**
 * One sentence of an import's answer: an error (why something was refused), a warning (a soft check
 * that stays open for the site to confirm, or a value the platform computes itself) or a note; with
 * the line and column in the file where the reader found it, when it did.
 *
 * @param severity ERROR, WARNING or INFO
 * @param text the sentence, in English
 * @param line the line in the file, or {@code null}
 * @param column the column in the file, or {@code null}
 */
public record ImportMessage(String severity, String text, Integer line, Integer column) {

  public ImportMessage {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(text, "text");
  }

  public static ImportMessage error(String text) {
    return new ImportMessage("ERROR", text, null, null);
  }

  public static ImportMessage warning(String text) {
    return new ImportMessage("WARNING", text, null, null);
  }

  /** True for an error: what it is about was refused. */
  public boolean refuses() {
    return severity.equals("ERROR");
  }
}
