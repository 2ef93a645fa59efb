package org.ecrf.export.format;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.DatasetFileInfo;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableOrigin;
import org.ecrf.export.dataset.VariableType;

/**
 * A small dataset of one text, one integer and one decimal variable, shared by the format tests.
 */
final class SampleDataset {

  static final DatasetFileInfo FILE =
      new DatasetFileInfo(
          "TOPIT",
          "MDV.1",
          Instant.parse("2026-11-25T00:37:33Z"),
          "Test Originator",
          "ecrf",
          "1.0");

  private SampleDataset() {}

  /** TEXT (length 20), COUNT (integer), AMOUNT (decimal), none mandatory. */
  static Dataset sample() {
    return new Dataset(
        "SMP",
        "Sample",
        "N/A",
        "N/A",
        List.of(
            Variable.text("TEXT", "Some text", 20, "Topic", false, VariableOrigin.COLLECTED),
            Variable.number(
                "COUNT",
                "A count",
                VariableType.INTEGER,
                "Result Qualifier",
                false,
                VariableOrigin.COLLECTED),
            Variable.number(
                "AMOUNT",
                "An amount",
                VariableType.DECIMAL,
                "Result Qualifier",
                false,
                VariableOrigin.COLLECTED)));
  }

  /** The same variables, all mandatory. */
  static Dataset mandatorySample() {
    List<Variable> variables =
        sample().variables().stream()
            .map(
                v ->
                    new Variable(
                        v.name(), v.label(), v.type(), v.length(), v.role(), true, v.origin(), 0))
            .toList();
    return new Dataset("SMP", "Sample", "N/A", "N/A", variables);
  }

  /** A byte stream that remembers whether it was closed. */
  static final class ClosingWatch extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
