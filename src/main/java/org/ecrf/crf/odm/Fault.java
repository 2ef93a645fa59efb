package org.ecrf.crf.odm;

/**
 * One fault of a file, with where it is and a sentence that names the OID and what is wrong.
 *
 * @param kind what kind of fault
 * @param severity error (the file is invalid) or warning
 * @param sourceName the file name the caller gave
 * @param line the line, counted from 1; 0 for faults of the whole file
 * @param column the column, counted from 1; 0 for faults of the whole file. Element positions are
 *     where the element's start tag ends, as XML validators report them
 * @param message what is wrong, for a study builder
 */
public record Fault(
    FaultKind kind, Severity severity, String sourceName, int line, int column, String message) {

  /** {@code file:line:column: ERROR message}, the form compilers use. */
  @Override
  public String toString() {
    return sourceName + ":" + line + ":" + column + ": " + severity + " " + message;
  }
}
