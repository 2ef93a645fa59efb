package org.ecrf.export.sdtm;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.DatasetFileInfo;
import org.ecrf.export.dataset.DatasetFormat;
import org.ecrf.export.dataset.DatasetSink;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableType;

/**
 * A test format that keeps the rows of each dataset and checks each value against its variable the
 * way a strict writer does: the Java type of its {@link VariableType}, text within its length and
 * printable ASCII, mandatory variables present.
 */
final class CollectingFormat implements DatasetFormat {

  final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

  @Override
  public String extension() {
    return "test";
  }

  @Override
  public DatasetSink open(Dataset dataset, DatasetFileInfo file, OutputStream out) {
    List<Map<String, Object>> kept = rows.computeIfAbsent(dataset.name(), n -> new ArrayList<>());
    return new DatasetSink() {
      @Override
      public void row(List<Object> values) {
        if (values.size() != dataset.variables().size()) {
          throw new IllegalArgumentException(
              dataset.name() + " row has " + values.size() + " values");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
          Variable variable = dataset.variables().get(i);
          check(dataset, variable, values.get(i), kept.size() + 1);
          row.put(variable.name(), values.get(i));
        }
        kept.add(row);
      }

      @Override
      public long rows() {
        return kept.size();
      }

      @Override
      public void close() {}
    };
  }

  List<Map<String, Object>> rows(String dataset) {
    return rows.getOrDefault(dataset, List.of());
  }

  private static void check(Dataset dataset, Variable variable, Object value, int row) {
    String where = dataset.name() + "." + variable.name() + " row " + row;
    if (value == null) {
      if (variable.mandatory()) {
        throw new IllegalArgumentException(where + " is mandatory");
      }
      return;
    }
    switch (variable.type()) {
      case TEXT -> {
        String text = (String) value;
        if (text.length() > variable.length() || !AsciiText.isAscii(text)) {
          throw new IllegalArgumentException(where + " does not fit: '" + text + "'");
        }
      }
      case INTEGER -> {
        if (!(value instanceof Long)) {
          throw new IllegalArgumentException(where + " is not a Long: " + value.getClass());
        }
      }
      case DECIMAL -> {
        if (!(value instanceof java.math.BigDecimal)) {
          throw new IllegalArgumentException(where + " is not a BigDecimal: " + value.getClass());
        }
      }
    }
  }
}
