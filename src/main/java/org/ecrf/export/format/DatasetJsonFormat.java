package org.ecrf.export.format;

import java.io.IOException;
import java.io.OutputStream;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.DatasetFileInfo;
import org.ecrf.export.dataset.DatasetFormat;
import org.ecrf.export.dataset.DatasetSink;

/**
 * CDISC Dataset-JSON 1.1 (cdisc-org/DataExchange-DatasetJson, doc/dataset-json1-1.md, final
 * 2024-12-05): one JSON object per dataset with its file attributes, its columns and its rows as
 * arrays in column order. The rows are written as they come; the {@code records} count follows
 * them, since JSON leaves the order of an object's keys free.
 *
 * <p>Column types: {@code TEXT} is {@code "string"} with its length, {@code INTEGER} is {@code
 * "integer"} (a JSON number), {@code DECIMAL} is {@code "decimal"} with {@code targetDataType
 * "decimal"}, exchanged as a string in plain notation, as the specification's "Decimal Variables"
 * section describes, so that a value such as 0.1 reaches the sponsor exactly. A missing value of
 * any type is {@code null}; an empty text stays {@code ""}.
 */
public final class DatasetJsonFormat implements DatasetFormat {

  /** The Dataset-JSON version written in {@code datasetJSONVersion}. */
  public static final String VERSION = "1.1.0";

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public DatasetSink open(Dataset dataset, DatasetFileInfo file, OutputStream out)
      throws IOException {
    return new DatasetJsonSink(dataset, file, out);
  }

  /** The itemGroupOID of a dataset ({@code IG.DM}), as in the CDISC examples and Define-XML. */
  public static String itemGroupOid(Dataset dataset) {
    return "IG." + dataset.name();
  }

  /** The itemOID of a variable ({@code IT.DM.USUBJID}), as in the CDISC examples. */
  public static String itemOid(Dataset dataset, String variableName) {
    return "IT." + dataset.name() + "." + variableName;
  }
}
