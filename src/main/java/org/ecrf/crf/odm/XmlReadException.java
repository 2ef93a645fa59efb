package org.ecrf.crf.odm;

/** The file is not well-formed XML, or uses something we refuse (DTD, too deep nesting). */
final class XmlReadException extends Exception {

  private static final long serialVersionUID = 1L;

  private final FaultKind kind;
  private final int line;
  private final int column;

  XmlReadException(FaultKind kind, String message, int line, int column) {
    super(message);
    this.kind = kind;
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
  }

  FaultKind kind() {
    return kind;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }
}
