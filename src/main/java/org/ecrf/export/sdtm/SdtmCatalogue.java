package org.ecrf.export.sdtm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableOrigin;
import org.ecrf.export.dataset.VariableType;

/**
 * The SDTM datasets the platform can write, with their variables in SDTMIG order: names, labels
 * (SDTMIG v3.4), types, lengths, roles, core and key sequence, read from {@code sdtm-datasets.txt}
 * and {@code sdtm-variables.txt} beside this class. A study writes the datasets its annotations
 * reach (see {@link SdtmStudyMap}).
 */
public final class SdtmCatalogue {

  /** The template of every supplemental-qualifier dataset (SUPPxx). */
  public static final String SUPPQUAL = "SUPPQUAL";

  private static final String SUBJECT_IDENTIFIERS = "*";
  private static final SdtmCatalogue STANDARD = load();

  private final Map<String, String[]> datasets;
  private final Map<String, List<Variable>> variables;

  private SdtmCatalogue(Map<String, String[]> datasets, Map<String, List<Variable>> variables) {
    this.datasets = datasets;
    this.variables = variables;
  }

  /** The catalogue shipped with the platform. */
  public static SdtmCatalogue standard() {
    return STANDARD;
  }

  /** Whether the catalogue knows the dataset (a domain such as LB, or SUPPxx of a known one). */
  public boolean knows(String name) {
    return datasets.containsKey(name)
        || name.startsWith("SUPP") && datasets.containsKey(name.substring(4));
  }

  /**
   * The definition of a dataset: its identifiers (STUDYID, DOMAIN, USUBJID for subject-level
   * datasets) and its own variables.
   *
   * @throws IllegalArgumentException for a dataset the catalogue does not know
   */
  public Dataset dataset(String name) {
    if (name.startsWith("SUPP") && !datasets.containsKey(name)) {
      String parent = name.substring(4);
      requireKnown(parent);
      return new Dataset(
          name,
          "Supplemental Qualifiers for " + parent,
          "RELATIONSHIP",
          "One record per supplemental qualifier per related parent domain record",
          variables.get(SUPPQUAL));
    }
    String[] row = requireKnown(name);
    List<Variable> columns = new ArrayList<>();
    if (!row[2].equals("TRIAL DESIGN")) {
      columns.addAll(variables.get(SUBJECT_IDENTIFIERS));
    }
    columns.addAll(variables.get(name));
    return new Dataset(name, row[1], row[2], row[3], columns);
  }

  /** The variable of a dataset, if the dataset has it. */
  public Optional<Variable> variable(String dataset, String name) {
    return knows(dataset) ? dataset(dataset).variable(name) : Optional.empty();
  }

  private String[] requireKnown(String name) {
    String[] row = datasets.get(name);
    if (row == null) {
      throw new IllegalArgumentException("No SDTM dataset " + name + " in the catalogue");
    }
    return row;
  }

  private static SdtmCatalogue load() {
    Map<String, String[]> datasets = new LinkedHashMap<>();
    for (String[] row : rows("sdtm-datasets.txt", 4)) {
      datasets.put(row[0], row);
    }
    Map<String, List<Variable>> variables = new LinkedHashMap<>();
    for (String[] row : rows("sdtm-variables.txt", 9)) {
      variables.computeIfAbsent(row[0], d -> new ArrayList<>()).add(variable(row));
    }
    return new SdtmCatalogue(datasets, variables);
  }

  private static Variable variable(String[] row) {
    VariableType type =
        switch (row[3]) {
          case "T" -> VariableType.TEXT;
          case "I" -> VariableType.INTEGER;
          case "D" -> VariableType.DECIMAL;
          default -> throw new IllegalStateException("Unknown type " + row[3] + " of " + row[1]);
        };
    boolean required = row[6].equals("Req");
    return new Variable(
        row[1],
        row[2],
        type,
        Integer.parseInt(row[4]),
        row[5],
        required,
        VariableOrigin.valueOf(row[7]),
        Integer.parseInt(row[8]));
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = SdtmCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\\|", -1);
        if (row.length != columns) {
          throw new IllegalStateException(
              resource + " line " + number + " has " + row.length + " columns, not " + columns);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
