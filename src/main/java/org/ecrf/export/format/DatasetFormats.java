package org.ecrf.export.format;

import java.util.List;
import org.ecrf.export.dataset.DatasetFormat;

/**
 * The dataset file formats by the names an export request uses: {@code dataset-json}, {@code xpt}
 * and {@code csv}.
 */
public final class DatasetFormats {

  /** The names, in the order a sponsor usually wants them. */
  public static final List<String> NAMES = List.of("dataset-json", "xpt", "csv");

  private DatasetFormats() {}

  /**
   * The format of that name.
   *
   * @throws IllegalArgumentException naming the known formats when there is none of that name
   */
  public static DatasetFormat byName(String name) {
    if (name == null) {
      throw new IllegalArgumentException("No dataset format given; known: " + NAMES);
    }
    return switch (name) {
      case "dataset-json" -> new DatasetJsonFormat();
      case "xpt" -> new XptFormat();
      case "csv" -> new CsvFormat();
      default ->
          throw new IllegalArgumentException(
              "Unknown dataset format '" + name + "'; known: " + NAMES);
    };
  }
}
