package org.ecrf.crf.odm;

/**
 * Where an element is in the file: line and column where its start tag ends (as XML validators
 * report), and where its end tag ends. Lines and columns count from 1.
 */
record SourceSpan(int line, int column, int endLine, int endColumn) {

  /** For faults about the whole file. */
  static final SourceSpan FILE = new SourceSpan(0, 0, 0, 0);
}
