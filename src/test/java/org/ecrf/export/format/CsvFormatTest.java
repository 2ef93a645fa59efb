package org.ecrf.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.DatasetSink;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvFormatTest {

  private static final Dataset ONE_TEXT =
      new Dataset(
          "Q",
          "Quoting",
          "N/A",
          "N/A",
          List.of(Variable.text("T", "Text", 200, "Topic", false, VariableOrigin.COLLECTED)));

  /** Test values spell CR as \r and LF as \n. */
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      emptyValue = "",
      value = {
        "plain | plain",
        "' leading blank' | ' leading blank'",
        "a,b | \"a,b\"",
        "say \"hi\" | \"say \"\"hi\"\"\"",
        "\" | \"\"\"\"",
        "line\\nbreak | \"line\\nbreak\"",
        "line\\r\\nbreak | \"line\\r\\nbreak\"",
        "carriage\\rreturn | \"carriage\\rreturn\"",
        "caf\u00e9 | caf\u00e9",
        "'' | ''"
      })
  void quotesOnlyFieldsWithACommaAQuoteOrALineBreak(String value, String field) throws IOException {
    String written = text(write(ONE_TEXT, List.of(List.of(unescape(value)))));
    assertThat(written).isEqualTo("T\r\n" + unescape(field) + "\r\n");
  }

  @Test
  void writesAHeaderOfNamesPlainNumbersAndEmptyFieldsForMissingInUtf8WithoutBom()
      throws IOException {
    byte[] bytes =
        write(
            SampleDataset.sample(),
            List.of(
                List.of("A", 1L, new BigDecimal("0.1")),
                Arrays.asList(null, null, null),
                Arrays.asList("\u00e9", -42L, new BigDecimal("1E+6")),
                Arrays.asList("x", 0L, new BigDecimal("-1E-7"))));

    assertThat(bytes[0]).isEqualTo((byte) 'T');
    assertThat(text(bytes))
        .isEqualTo(
            "TEXT,COUNT,AMOUNT\r\n"
                + "A,1,0.1\r\n"
                + ",,\r\n"
                + "\u00e9,-42,1000000\r\n"
                + "x,0,-0.0000001\r\n");
  }

  @Test
  void readsBackTheValuesItWrote() throws IOException {
    List<String> values =
        List.of("", "plain", "a,b", "\"", "\"\"", "x\r\ny", "\n", ",", "end \"quoted\", more");
    List<List<Object>> rows = values.stream().map(v -> List.<Object>of(v)).toList();

    List<List<String>> read = parse(text(write(ONE_TEXT, rows)));

    assertThat(read.get(0)).containsExactly("T");
    assertThat(read.subList(1, read.size()).stream().map(r -> r.get(0)).toList()).isEqualTo(values);
  }

  @Test
  void refusesAMisfitAndFinishesWithoutClosingTheStream() throws IOException {
    SampleDataset.ClosingWatch out = new SampleDataset.ClosingWatch();
    DatasetSink sink =
        new CsvFormat().open(SampleDataset.mandatorySample(), SampleDataset.FILE, out);
    sink.row(List.of("A", 1L, BigDecimal.ONE));

    assertThatThrownBy(() -> sink.row(List.of("x".repeat(21), 1L, BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Dataset SMP, row 2, variable TEXT: text of 21 bytes");
    sink.close();
    sink.close();
    assertThat(out.closed).isFalse();
    assertThat(text(out.toByteArray())).isEqualTo("TEXT,COUNT,AMOUNT\r\nA,1,1\r\n");
    assertThat(sink.rows()).isEqualTo(1);
  }

  private static String unescape(String text) {
    return text.replace("\\r", "\r").replace("\\n", "\n");
  }

  /** An RFC 4180 reader, independent of the writer: fields, quotes, doubled quotes, CRLF. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(field).as("file ends with CRLF").isEmpty();
    return records;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] write(Dataset dataset, List<List<Object>> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetSink sink = new CsvFormat().open(dataset, SampleDataset.FILE, out)) {
      for (List<Object> row : rows) {
        sink.row(row);
      }
    }
    return out.toByteArray();
  }
}
