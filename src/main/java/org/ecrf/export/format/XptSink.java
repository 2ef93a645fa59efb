package org.ecrf.export.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.DatasetFileInfo;
import org.ecrf.export.dataset.DatasetSink;
import org.ecrf.export.dataset.Variable;

/** Writes one SAS transport v5 file, row by row (see {@link XptFormat}). */
final class XptSink implements DatasetSink {

  private final Dataset dataset;
  private final RowCheck check;
  private final OutputStream out;
  private final int[] offsets;
  private final byte[] observation;
  private long observationBytes;
  private long rows;
  private boolean closed;

  XptSink(Dataset dataset, DatasetFileInfo file, OutputStream stream) throws IOException {
    if (!dataset.label().chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
      throw new IllegalArgumentException(
          "Dataset " + dataset.name() + ": label '" + dataset.label() + "' is not printable ASCII");
    }
    if (dataset.variables().size() > XptFormat.MAX_VARIABLES) {
      throw new IllegalArgumentException(
          "Dataset "
              + dataset.name()
              + " has "
              + dataset.variables().size()
              + " variables; SAS transport v5 holds at most "
              + XptFormat.MAX_VARIABLES);
    }
    this.dataset = dataset;
    this.check = new RowCheck(dataset, RowCheck.TextRule.PRINTABLE_ASCII);
    this.out = new BufferedOutputStream(stream);
    this.offsets = new int[dataset.variables().size()];
    out.write(XptHeaders.of(dataset, file.created(), offsets));
    this.observation = new byte[dataset.variables().stream().mapToInt(Variable::length).sum()];
  }

  @Override
  public void row(List<Object> values) throws IOException {
    if (closed) {
      throw new IllegalStateException("Dataset " + dataset.name() + ": the file is closed");
    }
    check.check(values, rows + 1);
    Arrays.fill(observation, (byte) ' ');
    List<Variable> variables = dataset.variables();
    for (int i = 0; i < variables.size(); i++) {
      Variable variable = variables.get(i);
      if (variable.type().isNumeric()) {
        IbmFloat.write(numberBits(variable, values.get(i)), observation, offsets[i]);
      } else if (values.get(i) != null) {
        byte[] text = ((String) values.get(i)).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, observation, offsets[i], text.length);
      }
    }
    out.write(observation);
    observationBytes += observation.length;
    rows++;
  }

  private long numberBits(Variable variable, Object value) {
    if (value == null) {
      return IbmFloat.MISSING;
    }
    if (value instanceof Long integer) {
      if (Math.abs(integer) > XptFormat.MAX_EXACT_INTEGER || integer == Long.MIN_VALUE) {
        throw RowCheck.refusal(
            dataset,
            rows + 1,
            variable,
            integer + " is beyond 2^53 in magnitude, the last integer a SAS reader holds exactly");
      }
      return IbmFloat.bits(integer);
    }
    double decimal = ((BigDecimal) value).doubleValue();
    if (Math.abs(decimal) > IbmFloat.MAX_VALUE) {
      throw RowCheck.refusal(
          dataset,
          rows + 1,
          variable,
          value + " is larger than the largest SAS transport number " + IbmFloat.MAX_VALUE);
    }
    return IbmFloat.bits(decimal);
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
    int padding = (int) ((XptHeaders.RECORD - observationBytes % XptHeaders.RECORD) % 80);
    byte[] blanks = new byte[padding];
    Arrays.fill(blanks, (byte) ' ');
    out.write(blanks);
    out.flush();
  }
}
