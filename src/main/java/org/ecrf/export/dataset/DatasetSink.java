package org.ecrf.export.dataset;

import java.io.IOException;
import java.util.List;

/**
 * Takes a dataset's rows one at a time and writes them out at once (a file format) or counts them,
 * so that no export holds a whole dataset in memory. Values come in the dataset's variable order,
 * typed as {@link VariableType} says. {@link #close} finishes the file (trailers, row counts); a
 * sink that was not closed has written an incomplete file.
 */
public interface DatasetSink extends AutoCloseable {

  /**
   * Writes one row.
   *
   * @throws IllegalArgumentException naming the dataset, the variable and the row number when a
   *     value does not fit its variable (wrong type, text too long, non-ASCII where ASCII is
   *     required, missing where mandatory)
   */
  void row(List<Object> values) throws IOException;

  /** The number of rows written so far. */
  long rows();

  @Override
  void close() throws IOException;
}
