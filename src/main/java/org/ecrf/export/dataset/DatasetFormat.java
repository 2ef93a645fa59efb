package org.ecrf.export.dataset;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file format for one dataset: Dataset-JSON 1.1, SAS transport v5 or CSV. One file per dataset,
 * as the FDA's conformance guide asks of XPT.
 */
public interface DatasetFormat {

  /** The file name extension without the dot ({@code json}, {@code xpt}, {@code csv}). */
  String extension();

  /**
   * Starts a file for the dataset on the stream. The sink writes rows as they come and finishes the
   * file on close; it does not close the stream.
   */
  DatasetSink open(Dataset dataset, DatasetFileInfo file, OutputStream out) throws IOException;
}
