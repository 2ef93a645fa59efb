package org.ecrf.export.define;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Term;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableTerms;
import org.ecrf.export.dataset.VariableType;

/**
 * Everything one Define-XML document says, checked for consistency before a byte is written: every
 * dataset has a known SDTM class, a file and keys numbered 1 to n, every code list belongs to a
 * variable that exists, and no code is listed twice. The checks cover what the Define-XML schema
 * cannot see (ODM has no key/keyref constraints, so a dangling reference would still validate).
 *
 * @param study the study and its MetaDataVersion
 * @param standards the implementation guide and terminology the datasets follow
 * @param datasets the datasets, in the order the define lists them
 * @param variableTerms the code lists, one per variable at most
 * @param fileNames the file of each dataset (its def:leaf, e.g. {@code DM} to {@code dm.xpt}),
 *     relative to the define, without folders
 * @param created when the define was made (ODM CreationDateTime)
 */
public record DefineContent(
    DefineStudy study,
    DefineStandards standards,
    List<Dataset> datasets,
    List<VariableTerms> variableTerms,
    Map<String, String> fileNames,
    Instant created) {

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9]+)+");

  public DefineContent {
    Objects.requireNonNull(study, "study");
    Objects.requireNonNull(standards, "standards");
    Objects.requireNonNull(created, "created");
    datasets = List.copyOf(datasets);
    variableTerms = List.copyOf(variableTerms);
    fileNames = Map.copyOf(fileNames);
    Map<String, Dataset> byName = checkDatasets(datasets, fileNames);
    checkTerms(variableTerms, byName);
  }

  /** Each dataset's SAS transport file by the submission convention: lower-case name + .xpt. */
  public static Map<String, String> xptFileNames(List<Dataset> datasets) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Dataset dataset : datasets) {
      names.put(dataset.name(), dataset.name().toLowerCase(Locale.ROOT) + ".xpt");
    }
    return names;
  }

  /** The code list of that variable, if it has one. */
  public Optional<VariableTerms> termsOf(String dataset, String variable) {
    return variableTerms.stream()
        .filter(t -> t.dataset().equals(dataset) && t.variable().equals(variable))
        .findFirst();
  }

  private static Map<String, Dataset> checkDatasets(
      List<Dataset> datasets, Map<String, String> fileNames) {
    if (datasets.isEmpty()) {
      throw new IllegalArgumentException("A define needs at least one dataset");
    }
    Map<String, Dataset> byName = new HashMap<>();
    for (Dataset dataset : datasets) {
      if (byName.put(dataset.name(), dataset) != null) {
        throw new IllegalArgumentException("Dataset " + dataset.name() + " is listed twice");
      }
      DatasetClass.of(dataset.domainClass(), dataset.name());
      checkKeys(dataset);
      String file = fileNames.get(dataset.name());
      if (file == null) {
        throw new IllegalArgumentException(
            "Dataset " + dataset.name() + " has no file name (def:leaf)");
      }
      if (!FILE_NAME.matcher(file).matches()) {
        throw new IllegalArgumentException(
            "File name '"
                + file
                + "' of dataset "
                + dataset.name()
                + " is not a plain file name (letters, digits, _ and -, with an extension)");
      }
    }
    Set<String> files = new HashSet<>();
    for (Map.Entry<String, String> file : fileNames.entrySet()) {
      if (!byName.containsKey(file.getKey())) {
        throw new IllegalArgumentException(
            "File name "
                + file.getValue()
                + " is given for dataset "
                + file.getKey()
                + ", which the define does not list");
      }
      if (!files.add(file.getValue().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "File name " + file.getValue() + " is given to two datasets");
      }
    }
    return byName;
  }

  /** The key variables must be numbered 1, 2, ... n without gaps or repeats (KeySequence). */
  private static void checkKeys(Dataset dataset) {
    List<Variable> keys = dataset.keys();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).keySequence() != i + 1) {
        throw new IllegalArgumentException(
            "Dataset "
                + dataset.name()
                + " numbers its keys "
                + keys.stream().map(k -> k.name() + "=" + k.keySequence()).toList()
                + "; key sequences must run 1 to "
                + keys.size()
                + " without gaps or repeats");
      }
    }
  }

  private static void checkTerms(List<VariableTerms> lists, Map<String, Dataset> datasets) {
    Set<String> seen = new HashSet<>();
    for (VariableTerms list : lists) {
      String where = list.dataset() + "." + list.variable();
      Dataset dataset = datasets.get(list.dataset());
      if (dataset == null) {
        throw new IllegalArgumentException(
            "Code list "
                + list.codeListName()
                + " is for "
                + where
                + ", but the define has no dataset "
                + list.dataset());
      }
      Variable variable =
          dataset
              .variable(list.variable())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Code list "
                              + list.codeListName()
                              + " is for "
                              + where
                              + ", but dataset "
                              + list.dataset()
                              + " has no variable "
                              + list.variable()));
      if (!seen.add(where)) {
        throw new IllegalArgumentException("Variable " + where + " has two code lists");
      }
      if (list.codeListName().isBlank()) {
        throw new IllegalArgumentException("The code list of " + where + " has no name");
      }
      if (list.terms().isEmpty()) {
        throw new IllegalArgumentException(
            "Code list " + list.codeListName() + " of " + where + " has no terms");
      }
      checkCodes(list, variable.type(), where);
    }
  }

  private static void checkCodes(VariableTerms list, VariableType type, String where) {
    Set<String> codes = new HashSet<>();
    for (Term term : list.terms()) {
      if (term.code().isEmpty()) {
        throw new IllegalArgumentException(
            "Code list " + list.codeListName() + " of " + where + " has an empty code");
      }
      if (!codes.add(term.code())) {
        throw new IllegalArgumentException(
            "Code list "
                + list.codeListName()
                + " of "
                + where
                + " lists "
                + term.code()
                + " twice");
      }
      if (type.isNumeric() && !isNumber(term.code(), type)) {
        throw new IllegalArgumentException(
            "Code "
                + term.code()
                + " of "
                + where
                + " is not "
                + (type == VariableType.INTEGER ? "an integer" : "a number")
                + ", but the variable is numeric");
      }
    }
  }

  private static boolean isNumber(String code, VariableType type) {
    try {
      if (type == VariableType.INTEGER) {
        Long.parseLong(code);
      } else {
        new BigDecimal(code);
      }
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
