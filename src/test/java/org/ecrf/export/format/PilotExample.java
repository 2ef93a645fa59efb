package org.ecrf.export.format;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableOrigin;
import org.ecrf.export.dataset.VariableType;

/**
 * A dataset of the CDISC pilot (test resources {@code export/format/pilot-<name>.json}) as our
 * model sees it: the Dataset from the JSON columns and the rows typed as {@link VariableType} says.
 * ISO 8601 date columns have no length in the JSON; the pilot's XPT gives them 10.
 */
record PilotExample(Dataset dataset, List<List<Object>> rows, JsonObject json) {

  static final int DATE_LENGTH = 10;

  static PilotExample load(String name) {
    JsonObject json = readJson("/export/format/pilot-" + name + ".json");
    List<Variable> variables = new ArrayList<>();
    for (JsonValue value : json.getJsonArray("columns")) {
      variables.add(variable(value.asJsonObject()));
    }
    Dataset dataset =
        new Dataset(json.getString("name"), json.getString("label"), "N/A", "N/A", variables);
    List<List<Object>> rows = new ArrayList<>();
    for (JsonValue row : json.getJsonArray("rows")) {
      rows.add(typedRow(variables, row.asJsonArray()));
    }
    return new PilotExample(dataset, rows, json);
  }

  static JsonObject readJson(String resource) {
    try (InputStream in = PilotExample.class.getResourceAsStream(resource);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Variable variable(JsonObject column) {
    String dataType = column.getString("dataType");
    VariableType type =
        switch (dataType) {
          case "string", "date", "datetime", "time" -> VariableType.TEXT;
          case "integer" -> VariableType.INTEGER;
          case "float", "double", "decimal" -> VariableType.DECIMAL;
          default -> throw new IllegalArgumentException("dataType " + dataType);
        };
    int length = type.isNumeric() ? 8 : column.getInt("length", DATE_LENGTH);
    Variable variable =
        new Variable(
            column.getString("name"),
            column.getString("label"),
            type,
            length,
            "Identifier",
            false,
            VariableOrigin.COLLECTED,
            0);
    return column.containsKey("keySequence")
        ? variable.key(column.getInt("keySequence"))
        : variable;
  }

  private static List<Object> typedRow(List<Variable> variables, JsonArray row) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < variables.size(); i++) {
      JsonValue value = row.get(i);
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        values.add(null);
      } else if (value instanceof JsonString text) {
        values.add(text.getString());
      } else if (variables.get(i).type() == VariableType.INTEGER) {
        values.add(((JsonNumber) value).longValueExact());
      } else {
        values.add(((JsonNumber) value).bigDecimalValue());
      }
    }
    return values;
  }

  /** The pilot's rows as JSON, for comparing with what we wrote. */
  JsonArray jsonRows() {
    return json.getJsonArray("rows");
  }
}
