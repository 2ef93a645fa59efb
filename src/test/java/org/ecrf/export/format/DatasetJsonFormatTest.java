package org.ecrf.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.DatasetSink;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableOrigin;
import org.ecrf.export.dataset.VariableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetJsonFormatTest {

  @ParameterizedTest
  @ValueSource(strings = {"dm", "ta", "tv", "ts"})
  void writesThePilotDatasetWithThePilotsRowsAndColumnsValidAgainstTheSchema(String name)
      throws IOException {
    PilotExample pilot = PilotExample.load(name);
    byte[] bytes = write(pilot.dataset(), pilot.rows());
    JsonObject ours = parse(bytes);

    assertThat(DatasetJsonSchema.violations(bytes)).isEmpty();
    assertThat(ours.getString("itemGroupOID")).isEqualTo(pilot.json().getString("itemGroupOID"));
    assertThat(ours.getString("name")).isEqualTo(pilot.json().getString("name"));
    assertThat(ours.getString("label")).isEqualTo(pilot.json().getString("label"));
    assertThat(ours.getInt("records")).isEqualTo(pilot.json().getInt("records"));
    assertThat(ours.getJsonArray("rows")).isEqualTo(decimalsAsText(pilot));
    JsonArray theirColumns = pilot.json().getJsonArray("columns");
    JsonArray ourColumns = ours.getJsonArray("columns");
    assertThat(ourColumns).hasSameSizeAs(theirColumns);
    for (int i = 0; i < ourColumns.size(); i++) {
      JsonObject our = ourColumns.getJsonObject(i);
      JsonObject their = theirColumns.getJsonObject(i);
      for (String key : List.of("itemOID", "name", "label")) {
        assertThat(our.getString(key)).as(key).isEqualTo(their.getString(key));
      }
      assertThat(our.getInt("keySequence", 0)).isEqualTo(their.getInt("keySequence", 0));
      if (their.getString("dataType").equals("string")) {
        assertThat(our.getString("dataType")).isEqualTo("string");
        assertThat(our.getInt("length")).isEqualTo(their.getInt("length"));
      }
    }
  }

  @Test
  void writesTheFileAttributesAndTheRecordCountAfterTheRows() throws IOException {
    byte[] bytes = write(SampleDataset.sample(), List.of(List.of("A", 1L, BigDecimal.ONE)));
    JsonObject json = parse(bytes);

    assertThat(DatasetJsonSchema.violations(bytes)).isEmpty();
    assertThat(json.getString("datasetJSONCreationDateTime")).isEqualTo("2026-11-25T00:37:33Z");
    assertThat(json.getString("datasetJSONVersion")).isEqualTo("1.1.0");
    assertThat(json.getString("originator")).isEqualTo("Test Originator");
    assertThat(json.getJsonObject("sourceSystem"))
        .isEqualTo(Json.createObjectBuilder().add("name", "ecrf").add("version", "1.0").build());
    assertThat(json.getString("studyOID")).isEqualTo("TOPIT");
    assertThat(json.getString("metaDataVersionOID")).isEqualTo("MDV.1");
    assertThat(json.getString("itemGroupOID")).isEqualTo("IG.SMP");
    assertThat(json.getJsonArray("columns").getJsonObject(2))
        .isEqualTo(
            Json.createObjectBuilder()
                .add("itemOID", "IT.SMP.AMOUNT")
                .add("name", "AMOUNT")
                .add("label", "An amount")
                .add("dataType", "decimal")
                .add("targetDataType", "decimal")
                .build());
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text.indexOf("\"records\":1")).isGreaterThan(text.indexOf("\"rows\":"));
  }

  @Test
  void writesDecimalsAsPlainTextMissingAsNullAndEscapesText() throws IOException {
    String tricky = "quote \" backslash \\ newline \n tab \t bell \u0007 caf\u00e9 \ud83d\ude00";
    byte[] bytes =
        write(
            SampleDataset.sample(),
            List.of(
                List.of("A", 1L, new BigDecimal("0.1")),
                Arrays.asList("", null, new BigDecimal("12.50")),
                Arrays.asList(null, -42L, new BigDecimal("-0.001")),
                Arrays.asList("x", 9007199254740993L, new BigDecimal("1E+6")),
                Arrays.asList("short", 0L, new BigDecimal("1E-7")),
                Arrays.asList(tricky.substring(0, 10), 1L, null)));
    Dataset wide =
        new Dataset(
            "W",
            "Wide",
            "N/A",
            "N/A",
            List.of(Variable.text("T", "Text", 200, "Topic", false, VariableOrigin.COLLECTED)));
    byte[] escaped = write(wide, List.of(List.of(tricky)));

    assertThat(DatasetJsonSchema.violations(bytes)).isEmpty();
    assertThat(parse(bytes).getJsonArray("rows").toString())
        .isEqualTo(
            "[[\"A\",1,\"0.1\"],[\"\",null,\"12.50\"],[null,-42,\"-0.001\"],"
                + "[\"x\",9007199254740993,\"1000000\"],[\"short\",0,\"0.0000001\"],"
                + "[\"quote \\\" ba\",1,null]]");
    assertThat(parse(escaped).getJsonArray("rows").getJsonArray(0).getString(0)).isEqualTo(tricky);
  }

  @Test
  void theSchemaOracleRejectsAFileWithoutItsRecordCountOrWithAWrongType() throws IOException {
    String valid = new String(write(SampleDataset.sample(), List.of()), StandardCharsets.UTF_8);
    byte[] noRecords =
        valid.replace("\"records\":0", "\"recs\":0").getBytes(StandardCharsets.UTF_8);
    byte[] wrongType =
        valid
            .replace("\"dataType\":\"decimal\"", "\"dataType\":\"money\"")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(DatasetJsonSchema.violations(noRecords)).isNotEmpty();
    assertThat(DatasetJsonSchema.violations(wrongType)).isNotEmpty();
  }

  @Test
  void writesAnEmptyDatasetAsZeroRecords() throws IOException {
    byte[] bytes = write(SampleDataset.sample(), List.of());
    assertThat(DatasetJsonSchema.violations(bytes)).isEmpty();
    assertThat(parse(bytes).getInt("records")).isZero();
    assertThat(parse(bytes).getJsonArray("rows")).isEmpty();
  }

  @ParameterizedTest(name = "''{0}'' in 4 bytes: {1}")
  @CsvSource({
    "abcd, true",
    "abcde, false",
    "\u00e9\u00e9, true", // 2 characters, 4 bytes in UTF-8
    "\u00e9\u00e9a, false", // 3 characters, 5 bytes
    "\u20ac, true", // 3 bytes
    "\u20aca, true",
    "\u20ac\u00e9, false",
    "\ud83d\ude00, true", // one emoji: 2 chars, 4 bytes
  })
  void countsTextLengthInUtf8Bytes(String text, boolean fits) throws IOException {
    Dataset dataset =
        new Dataset(
            "LEN",
            "Lengths",
            "N/A",
            "N/A",
            List.of(Variable.text("T", "Text", 4, "Topic", false, VariableOrigin.COLLECTED)));
    if (fits) {
      assertThat(parse(write(dataset, List.of(List.of(text)))).getJsonArray("rows").toString())
          .contains(text);
    } else {
      assertThatThrownBy(() -> write(dataset, List.of(List.of(text))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Dataset LEN, row 1, variable T: text of ")
          .hasMessageContaining("longer than the variable's length 4");
    }
  }

  @Test
  void refusesALoneSurrogateAndAMisfitInALaterRow() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetSink sink =
        new DatasetJsonFormat().open(SampleDataset.mandatorySample(), SampleDataset.FILE, out);
    sink.row(List.of("ok", 1L, BigDecimal.ONE));
    sink.row(List.of("ok", 2L, BigDecimal.ONE));

    assertThatThrownBy(() -> sink.row(List.of("a\ud83d", 3L, BigDecimal.ONE)))
        .hasMessage("Dataset SMP, row 3, variable TEXT: unpaired surrogate U+D83D in text");
    assertThatThrownBy(() -> sink.row(Arrays.asList("ok", null, BigDecimal.ONE)))
        .hasMessage("Dataset SMP, row 3, variable COUNT: a mandatory value is missing");
    assertThatThrownBy(() -> sink.row(List.of("ok", 3L, "1.5")))
        .hasMessage(
            "Dataset SMP, row 3, variable AMOUNT: a DECIMAL value must be a BigDecimal, not a"
                + " String (1.5)");
    sink.close();
    assertThat(parse(out.toByteArray()).getInt("records")).isEqualTo(2);
  }

  @Test
  void finishesTheFileOnCloseWithoutClosingTheStream() throws IOException {
    SampleDataset.ClosingWatch out = new SampleDataset.ClosingWatch();
    DatasetSink sink =
        new DatasetJsonFormat().open(SampleDataset.sample(), SampleDataset.FILE, out);
    sink.row(List.of("A", 1L, BigDecimal.ONE));
    sink.close();
    sink.close();

    assertThat(out.closed).isFalse();
    assertThat(parse(out.toByteArray()).getInt("records")).isEqualTo(1);
    assertThatThrownBy(() -> sink.row(List.of("B", 2L, BigDecimal.ONE)))
        .isInstanceOf(IllegalStateException.class);
  }

  private static JsonArray decimalsAsText(PilotExample pilot) {
    List<Variable> variables = pilot.dataset().variables();
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (JsonValue row : pilot.jsonRows()) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      for (int i = 0; i < variables.size(); i++) {
        JsonValue value = row.asJsonArray().get(i);
        if (variables.get(i).type() == VariableType.DECIMAL && value instanceof JsonNumber n) {
          values.add(n.bigDecimalValue().toPlainString());
        } else {
          values.add(value);
        }
      }
      rows.add(values);
    }
    return rows.build();
  }

  static JsonObject parse(byte[] bytes) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
      return reader.readObject();
    }
  }

  private static byte[] write(Dataset dataset, List<List<Object>> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetSink sink = new DatasetJsonFormat().open(dataset, SampleDataset.FILE, out)) {
      for (List<Object> row : rows) {
        sink.row(row);
      }
    }
    return out.toByteArray();
  }
}
