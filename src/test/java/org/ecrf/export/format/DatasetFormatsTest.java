package org.ecrf.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.ecrf.export.dataset.DatasetFormat;
import org.ecrf.export.dataset.DatasetSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetFormatsTest {

  @ParameterizedTest
  @CsvSource({
    "dataset-json, json, DatasetJsonFormat",
    "xpt, xpt, XptFormat",
    "csv, csv, CsvFormat"
  })
  void findsEachFormatByName(String name, String extension, String type) {
    DatasetFormat format = DatasetFormats.byName(name);
    assertThat(format.extension()).isEqualTo(extension);
    assertThat(format.getClass().getSimpleName()).isEqualTo(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sas", "XPT", "json", ""})
  void refusesAnUnknownNameNamingTheKnownOnes(String name) {
    assertThatThrownBy(() -> DatasetFormats.byName(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown dataset format '" + name + "'; known: [dataset-json, xpt, csv]");
  }

  @Test
  void refusesANullName() {
    assertThatThrownBy(() -> DatasetFormats.byName(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No dataset format given; known: [dataset-json, xpt, csv]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dataset-json", "xpt", "csv"})
  void writesRowsAsTheyComeWithoutHoldingTheDataset(String name) throws IOException {
    CountingStream out = new CountingStream();
    DatasetSink sink =
        DatasetFormats.byName(name).open(SampleDataset.sample(), SampleDataset.FILE, out);
    long afterFirstThousand = 0;
    for (long i = 1; i <= 20_000; i++) {
      sink.row(List.of("row number " + i, i, BigDecimal.valueOf(i, 2)));
      if (i == 1_000) {
        afterFirstThousand = out.count;
      }
    }
    long beforeClose = out.count;
    sink.close();

    assertThat(sink.rows()).isEqualTo(20_000);
    assertThat(out.count - beforeClose).as("held back at close").isLessThan(16_384);
    assertThat(beforeClose - afterFirstThousand)
        .as("19,000 rows reached the stream before close")
        .isGreaterThan(19_000L * 20);
  }

  /** Counts the bytes that reach it and keeps none. */
  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
