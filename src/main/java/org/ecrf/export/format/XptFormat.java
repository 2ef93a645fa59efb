package org.ecrf.export.format;

import java.io.IOException;
import java.io.OutputStream;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.DatasetFileInfo;
import org.ecrf.export.dataset.DatasetFormat;
import org.ecrf.export.dataset.DatasetSink;

/**
 * SAS transport version 5 (XPORT), the file format the FDA's Study Data Technical Conformance Guide
 * requires for SDTM, as SAS technical note TS-140 lays it out: 80-byte ASCII records, one library,
 * one dataset (member) per file, a 140-byte NAMESTR per variable, then the observations back to
 * back with only the last record blank-padded. Numbers are IBM hexadecimal floating point ({@link
 * IbmFloat}); text is blank-padded to its variable's length.
 *
 * <p>Beyond the shared checks, this format refuses text that is not printable ASCII (0x20 to 0x7E,
 * the FDA's ASCII rule; tab and line breaks too), a dataset label that is not, integers beyond
 * ±2<sup>53</sup> (a SAS reader holds numbers as IEEE doubles, so larger ones would change
 * silently), and decimals beyond {@link IbmFloat#MAX_VALUE}. A decimal without an exact binary form
 * (0.1) is stored as the nearest double, as SAS itself stores it.
 */
public final class XptFormat implements DatasetFormat {

  /** The SAS release written in the headers (the pilot's files say 9.4; readers ignore it). */
  public static final String SAS_VERSION = "9.4";

  /** The operating-system field of the headers (8 characters at most). */
  public static final String OPERATING_SYSTEM = "JAVA";

  /** The largest integer magnitude written: 2<sup>53</sup>, the last a double holds exactly. */
  public static final long MAX_EXACT_INTEGER = 1L << 53;

  /** The most variables a file holds: the NAMESTR header gives their count in 4 digits. */
  public static final int MAX_VARIABLES = 9999;

  @Override
  public String extension() {
    return "xpt";
  }

  @Override
  public DatasetSink open(Dataset dataset, DatasetFileInfo file, OutputStream out)
      throws IOException {
    return new XptSink(dataset, file, out);
  }
}
