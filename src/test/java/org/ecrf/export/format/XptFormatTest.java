package org.ecrf.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.DatasetSink;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableOrigin;
import org.ecrf.export.dataset.VariableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XptFormatTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"dm", "ta", "tv", "ts"})
  void writesThePilotDatasetAsTheCdiscPilotXptFromTheNamestrsOn(String name) throws Exception {
    PilotExample pilot = PilotExample.load(name);
    byte[] ours = write(pilot.dataset(), pilot.rows());
    byte[] theirs = resource("/export/format/pilot-" + name + ".xpt");

    assertThat(ours.length % 80).isZero();
    assertThat(ours.length).isEqualTo(theirs.length);
    int namestrHeader = indexOf(theirs, "HEADER RECORD*******NAMESTR");
    assertThat(indexOf(ours, "HEADER RECORD*******NAMESTR")).isEqualTo(namestrHeader);
    assertThat(Arrays.copyOfRange(ours, namestrHeader, ours.length))
        .isEqualTo(Arrays.copyOfRange(theirs, namestrHeader, theirs.length));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dm", "ta", "tv", "ts"})
  void readstatReadsOurPilotDatasetAsThePilotXpt(String name) throws Exception {
    PilotExample pilot = PilotExample.load(name);
    Path ours = dir.resolve("ours-" + name + ".xpt");
    Files.write(ours, write(pilot.dataset(), pilot.rows()));
    Path theirs = dir.resolve("theirs-" + name + ".xpt");
    Files.write(theirs, resource("/export/format/pilot-" + name + ".xpt"));

    assertThat(ReadstatCli.csv(ours))
        .isEqualTo(ReadstatCli.csv(theirs))
        .hasSize(pilot.rows().size() + 1);
    assertThat(ReadstatCli.variables(ours)).isEqualTo(ReadstatCli.variables(theirs));
    assertThat(ReadstatCli.metadata(ours))
        .contains("Table name: " + pilot.dataset().name())
        .contains("Table label: " + pilot.dataset().label())
        .contains("Columns: " + pilot.dataset().variables().size())
        .contains("Format version: 5");
  }

  @Test
  void readstatReadsNumbersTextPaddingAndMissingValues() throws Exception {
    Dataset dataset = SampleDataset.sample();
    Path xpt = dir.resolve("sample.xpt");
    Files.write(
        xpt,
        write(
            dataset,
            List.of(
                List.of("A", 1L, new BigDecimal("0.1")),
                Arrays.asList("", null, new BigDecimal("12.5")),
                Arrays.asList("with blanks", -42L, null),
                Arrays.asList("12345678901234567890", 9007199254740992L, new BigDecimal("-0.001")),
                Arrays.asList(null, 0L, new BigDecimal("1E+6")))));

    assertThat(ReadstatCli.csv(xpt))
        .containsExactly(
            "\"TEXT\",\"COUNT\",\"AMOUNT\"",
            "\"A\",1.000000,0.100000",
            "\"\",,12.500000",
            "\"with blanks\",-42.000000,",
            "\"12345678901234567890\",9007199254740992.000000,-0.001000",
            "\"\",0.000000,1000000.000000");
    assertThat(ReadstatCli.metadata(xpt)).contains("Timestamp: 25 Nov 2026 00:37");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.1, 401999999999999A",
    "0.333333333333333333333333333333, 4055555555555554", // rounded to the nearest double first
    "0.33333333333333331, 4055555555555554",
    "12.5, 41C8000000000000",
    "-12.50, C1C8000000000000",
    "0, 0000000000000000",
    "1E-80, 0000000000000000", // below IBM's range: 0
    "9007199254740993, 4E20000000000000", // a decimal is rounded to a double, unlike an integer
  })
  void storesADecimalAsTheIbmFormOfItsNearestDouble(String decimal, String hex) throws IOException {
    Dataset dataset =
        new Dataset(
            "NUM",
            "Numbers",
            "N/A",
            "N/A",
            List.of(
                Variable.number(
                    "X", "X", VariableType.DECIMAL, "Topic", false, VariableOrigin.DERIVED)));
    byte[] bytes = write(dataset, List.of(List.of(new BigDecimal(decimal))));
    int observation = indexOf(bytes, "HEADER RECORD*******OBS") + 80;

    assertThat(HexFormat.of().withUpperCase().formatHex(bytes, observation, observation + 8))
        .isEqualTo(hex);
  }

  @ParameterizedTest(name = "{0} rows of {1} bytes")
  @CsvSource({
    "2, 40, 80", // the observations fill exactly one record: no padding
    "1, 40, 80", // half a record, padded with blanks
    "4, 40, 160",
    "3, 10, 80", // short rows: the blank padding could pass for rows, readers must not count it
    "8, 10, 80",
    "0, 10, 0"
  })
  void padsOnlyTheLastRecordAndReadstatCountsTheRows(int rows, int rowLength, int obsBytes)
      throws Exception {
    Dataset dataset =
        new Dataset(
            "PAD",
            "Padding",
            "N/A",
            "N/A",
            List.of(
                Variable.text(
                    "ID", "Identifier", rowLength - 8, "Identifier", true, VariableOrigin.ASSIGNED),
                Variable.number(
                    "N", "Number", VariableType.INTEGER, "Topic", false, VariableOrigin.DERIVED)));
    List<List<Object>> values =
        java.util.stream.IntStream.rangeClosed(1, rows)
            .mapToObj(i -> List.<Object>of("R" + i, (long) i))
            .toList();
    byte[] bytes = write(dataset, values);
    int obsHeader = indexOf(bytes, "HEADER RECORD*******OBS");

    assertThat(bytes.length - obsHeader - 80).isEqualTo(obsBytes);
    Path xpt = dir.resolve("pad.xpt");
    Files.write(xpt, bytes);
    assertThat(ReadstatCli.csv(xpt)).hasSize(rows + 1);
  }

  @Test
  void writesTheHeaderRecordsOfTs140() throws Exception {
    byte[] bytes = write(SampleDataset.sample(), List.of());
    String text = new String(bytes, 0, 80 * 8, StandardCharsets.US_ASCII);

    assertThat(text.substring(0, 80))
        .isEqualTo("HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!" + "0".repeat(30) + "  ");
    assertThat(text.substring(80, 160))
        .isEqualTo(
            "SAS     SAS     SASLIB  9.4     JAVA    " + " ".repeat(24) + "25NOV26:00:37:33");
    assertThat(text.substring(160, 240)).isEqualTo("25NOV26:00:37:33" + " ".repeat(64));
    assertThat(text.substring(240, 320)).endsWith("000000000000000001600000000140  ");
    assertThat(text.substring(400, 480)).startsWith("SAS     SMP     SASDATA 9.4     JAVA    ");
    assertThat(text.substring(480, 560))
        .isEqualTo("25NOV26:00:37:33" + " ".repeat(16) + "Sample" + " ".repeat(34) + " ".repeat(8));
    assertThat(text.substring(560, 640))
        .isEqualTo(
            "HEADER RECORD*******NAMESTR HEADER RECORD!!!!!!!0000000003" + "0".repeat(20) + "  ");
  }

  @Test
  void finishesTheFileOnCloseWithoutClosingTheStream() throws Exception {
    SampleDataset.ClosingWatch out = new SampleDataset.ClosingWatch();
    DatasetSink sink = new XptFormat().open(SampleDataset.sample(), SampleDataset.FILE, out);
    sink.row(List.of("A", 1L, BigDecimal.ONE));
    sink.close();
    sink.close();

    assertThat(out.closed).isFalse();
    assertThat(out.size() % 80).isZero();
    assertThat(sink.rows()).isEqualTo(1);
    assertThatThrownBy(() -> sink.row(List.of("B", 2L, BigDecimal.ONE)))
        .isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          é in text              | Dataset SMP, row 1, variable TEXT: character U+00E9 at position 4
          tab in text            | Dataset SMP, row 1, variable TEXT: character U+0009 at position 4
          text of 21 bytes       | Dataset SMP, row 1, variable TEXT: text of 21 bytes is longer than the variable's length 20
          integer beyond 2^53    | Dataset SMP, row 1, variable COUNT: 9007199254740993 is beyond 2^53 in magnitude
          negative beyond 2^53   | Dataset SMP, row 1, variable COUNT: -9007199254740993 is beyond 2^53 in magnitude
          decimal beyond IBM     | Dataset SMP, row 1, variable AMOUNT: 8E+75 is larger than the largest
          Integer for INTEGER    | Dataset SMP, row 1, variable COUNT: a INTEGER value must be a Long, not a Integer
          Double for DECIMAL     | Dataset SMP, row 1, variable AMOUNT: a DECIMAL value must be a BigDecimal, not a Double
          missing mandatory text | Dataset SMP, row 1, variable TEXT: a mandatory value is missing
          blank mandatory text   | Dataset SMP, row 1, variable TEXT: a mandatory value is missing
          two values             | Dataset SMP, row 1: 2 values for 3 variables
          """)
  void refusesAValueThatDoesNotFitNamingDatasetRowAndVariable(String misfit, String message)
      throws Exception {
    Dataset dataset = SampleDataset.mandatorySample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetSink sink = new XptFormat().open(dataset, SampleDataset.FILE, out);

    assertThatThrownBy(() -> sink.row(misfitRow(misfit)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
    assertThat(sink.rows()).isZero();
    sink.close();
    assertThat(out.toByteArray())
        .as("nothing of the refused row written")
        .isEqualTo(write(dataset, List.of()));
  }

  @Test
  void refusesMoreVariablesThanTheNamestrHeaderCounts() {
    List<Variable> variables =
        java.util.stream.IntStream.rangeClosed(1, 10_000)
            .mapToObj(
                i ->
                    Variable.text(
                        "V" + i, "Variable " + i, 1, "Topic", false, VariableOrigin.COLLECTED))
            .toList();
    Dataset dataset = new Dataset("WIDE", "Wide", "N/A", "N/A", variables);
    assertThatThrownBy(
            () -> new XptFormat().open(dataset, SampleDataset.FILE, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Dataset WIDE has 10000 variables; SAS transport v5 holds at most 9999");
  }

  @Test
  void shortensALongValueInTheMessage() throws IOException {
    DatasetSink sink =
        new XptFormat()
            .open(SampleDataset.sample(), SampleDataset.FILE, new ByteArrayOutputStream());
    String narrative = "\u00e9" + "x".repeat(300);
    assertThatThrownBy(() -> sink.row(List.of(narrative, 1L, BigDecimal.ONE)))
        .hasMessageEndingWith("'" + narrative.substring(0, 40) + "...'");
  }

  @Test
  void refusesADatasetLabelThatIsNotAscii() {
    Dataset dataset =
        new Dataset("DM", "Démographie", "N/A", "N/A", SampleDataset.sample().variables());
    assertThatThrownBy(
            () -> new XptFormat().open(dataset, SampleDataset.FILE, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Dataset DM")
        .hasMessageContaining("not printable ASCII");
  }

  static List<Object> misfitRow(String misfit) {
    return switch (misfit) {
      case "é in text" -> List.of("Caf\u00e9", 1L, BigDecimal.ONE);
      case "tab in text" -> List.of("Caf\tX", 1L, BigDecimal.ONE);
      case "text of 21 bytes" -> List.of("x".repeat(21), 1L, BigDecimal.ONE);
      case "integer beyond 2^53" -> List.of("x", 9007199254740993L, BigDecimal.ONE);
      case "negative beyond 2^53" -> List.of("x", -9007199254740993L, BigDecimal.ONE);
      case "decimal beyond IBM" -> List.of("x", 1L, new BigDecimal("8E+75"));
      case "Integer for INTEGER" -> List.of("x", 1, BigDecimal.ONE);
      case "Double for DECIMAL" -> List.of("x", 1L, 1.5d);
      case "missing mandatory text" -> Arrays.asList(null, 1L, BigDecimal.ONE);
      case "blank mandatory text" -> List.of("   ", 1L, BigDecimal.ONE);
      case "two values" -> List.of("x", 1L);
      default -> throw new IllegalArgumentException(misfit);
    };
  }

  private static byte[] write(Dataset dataset, List<List<Object>> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetSink sink = new XptFormat().open(dataset, SampleDataset.FILE, out)) {
      for (List<Object> row : rows) {
        sink.row(row);
      }
    }
    return out.toByteArray();
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = XptFormatTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static int indexOf(byte[] bytes, String text) {
    return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
  }
}
