package org.ecrf.export.define;

/**
 * One fault the Define-XML 2.1 schema finds in a document, where it is (line and column of the
 * document, 1 first) and the validator's message.
 *
 * @param line the line of the fault, or -1 when unknown
 * @param column the column of the fault, or -1 when unknown
 * @param message what is wrong, in the validator's words
 */
public record DefineSchemaFault(int line, int column, String message) {

  @Override
  public String toString() {
    return "line " + line + ", column " + column + ": " + message;
  }
}
