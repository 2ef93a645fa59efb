package org.ecrf.export.format;

import java.io.IOException;
import java.io.OutputStream;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.DatasetFileInfo;
import org.ecrf.export.dataset.DatasetFormat;
import org.ecrf.export.dataset.DatasetSink;

/**
 * Comma-separated values after RFC 4180, for a reader without SAS or a Dataset-JSON reader: UTF-8
 * without byte-order mark, records ended by CRLF (the last one too), a header record of variable
 * names, a field quoted only when it holds a comma, a quote, CR or LF (quotes doubled inside),
 * numbers in plain decimal notation ({@code 0.00001}, never {@code 1E-5}) and a missing value as an
 * empty field. The file carries no labels or types; Define-XML or Dataset-JSON does. Values are
 * written as captured: a text starting with {@code =} is not altered against spreadsheet formulas.
 */
public final class CsvFormat implements DatasetFormat {

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public DatasetSink open(Dataset dataset, DatasetFileInfo file, OutputStream out)
      throws IOException {
    return new CsvSink(dataset, out);
  }
}
