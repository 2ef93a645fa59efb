package org.ecrf.export.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.DatasetFileInfo;
import org.ecrf.export.dataset.DatasetSink;
import org.ecrf.export.dataset.Variable;

/** Writes one Dataset-JSON 1.1 file, row by row (see {@link DatasetJsonFormat}). */
final class DatasetJsonSink implements DatasetSink {

  private static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final Dataset dataset;
  private final RowCheck check;
  private final Writer out;
  private long rows;
  private boolean closed;

  DatasetJsonSink(Dataset dataset, DatasetFileInfo file, OutputStream stream) throws IOException {
    this.dataset = dataset;
    this.check = new RowCheck(dataset, RowCheck.TextRule.UTF_8);
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    writeHead(file);
  }

  private void writeHead(DatasetFileInfo file) throws IOException {
    out.write('{');
    member("datasetJSONCreationDateTime", CREATED.format(file.created()));
    out.write(',');
    member("datasetJSONVersion", DatasetJsonFormat.VERSION);
    out.write(',');
    member("originator", file.originator());
    out.write(",\"sourceSystem\":{");
    member("name", file.sourceSystem());
    out.write(',');
    member("version", file.sourceSystemVersion());
    out.write("},");
    member("studyOID", file.studyOid());
    out.write(',');
    member("metaDataVersionOID", file.metaDataVersionOid());
    out.write(',');
    member("itemGroupOID", DatasetJsonFormat.itemGroupOid(dataset));
    out.write(',');
    member("name", dataset.name());
    out.write(',');
    member("label", dataset.label());
    out.write(",\"columns\":[");
    List<Variable> variables = dataset.variables();
    for (int i = 0; i < variables.size(); i++) {
      out.write(i == 0 ? "\n" : ",\n");
      writeColumn(variables.get(i));
    }
    out.write("],\n\"rows\":[");
  }

  private void writeColumn(Variable variable) throws IOException {
    out.write('{');
    member("itemOID", DatasetJsonFormat.itemOid(dataset, variable.name()));
    out.write(',');
    member("name", variable.name());
    out.write(',');
    member("label", variable.label());
    out.write(',');
    switch (variable.type()) {
      case TEXT -> {
        member("dataType", "string");
        out.write(",\"length\":" + variable.length());
      }
      case INTEGER -> member("dataType", "integer");
      case DECIMAL -> {
        member("dataType", "decimal");
        out.write(',');
        member("targetDataType", "decimal");
      }
    }
    if (variable.keySequence() > 0) {
      out.write(",\"keySequence\":" + variable.keySequence());
    }
    out.write('}');
  }

  @Override
  public void row(List<Object> values) throws IOException {
    if (closed) {
      throw new IllegalStateException("Dataset " + dataset.name() + ": the file is closed");
    }
    check.check(values, rows + 1);
    out.write(rows == 0 ? "\n[" : ",\n[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      writeValue(values.get(i));
    }
    out.write(']');
    rows++;
  }

  private void writeValue(Object value) throws IOException {
    if (value == null) {
      out.write("null");
    } else if (value instanceof String text) {
      JsonText.writeString(out, text);
    } else if (value instanceof BigDecimal decimal) {
      JsonText.writeString(out, decimal.toPlainString());
    } else {
      out.write(value.toString());
    }
  }

  private void member(String key, String value) throws IOException {
    JsonText.writeString(out, key);
    out.write(':');
    JsonText.writeString(out, value);
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
    out.write("],\n\"records\":" + rows + "}\n");
    out.flush();
  }
}
