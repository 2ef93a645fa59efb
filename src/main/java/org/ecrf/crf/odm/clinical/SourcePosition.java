package org.ecrf.crf.odm.clinical;

/**
 * Where an element is in the file that was read: the line and column where its start tag ends, as
 * XML validators report positions. Lines and columns count from 1; records built in code (for the
 * writer) carry {@link #NONE}.
 */
public record SourcePosition(int line, int column) {

  /** For records that were not read from a file, and faults of the whole file. */
  public static final SourcePosition NONE = new SourcePosition(0, 0);

  public SourcePosition {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("Line and column cannot be negative");
    }
  }

  /** {@code line:column}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
