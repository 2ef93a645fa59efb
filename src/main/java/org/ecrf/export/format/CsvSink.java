package org.ecrf.export.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.DatasetSink;
import org.ecrf.export.dataset.Variable;

/** Writes one CSV file, row by row (see {@link CsvFormat}). */
final class CsvSink implements DatasetSink {

  private static final String RECORD_END = "\r\n";

  private final Dataset dataset;
  private final RowCheck check;
  private final Writer out;
  private long rows;
  private boolean closed;

  CsvSink(Dataset dataset, OutputStream stream) throws IOException {
    this.dataset = dataset;
    this.check = new RowCheck(dataset, RowCheck.TextRule.UTF_8);
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    List<Variable> variables = dataset.variables();
    for (int i = 0; i < variables.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(variables.get(i).name());
    }
    out.write(RECORD_END);
  }

  @Override
  public void row(List<Object> values) throws IOException {
    if (closed) {
      throw new IllegalStateException("Dataset " + dataset.name() + ": the file is closed");
    }
    check.check(values, rows + 1);
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      writeField(values.get(i));
    }
    out.write(RECORD_END);
    rows++;
  }

  private void writeField(Object value) throws IOException {
    if (value == null) {
      return;
    }
    if (value instanceof BigDecimal decimal) {
      out.write(decimal.toPlainString());
    } else if (value instanceof String text) {
      writeText(text);
    } else {
      out.write(value.toString());
    }
  }

  private void writeText(String text) throws IOException {
    boolean quoted =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\r') >= 0
            || text.indexOf('\n') >= 0;
    if (!quoted) {
      out.write(text);
      return;
    }
    out.write('"');
    out.write(text.replace("\"", "\"\""));
    out.write('"');
  }

  @Override
  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    out.flush();
  }
}
