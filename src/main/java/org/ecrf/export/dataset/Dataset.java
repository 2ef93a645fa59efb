package org.ecrf.export.dataset;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The definition of one dataset (an SDTM domain such as {@code DM} or {@code LB}, or a
 * supplemental-qualifier dataset such as {@code SUPPEX}): what Define-XML calls an ItemGroupDef.
 *
 * @param name the dataset name, at most 8 upper-case characters (also the XPT member name)
 * @param label the dataset label, at most 40 ASCII characters
 * @param domainClass the SDTM class ({@code SPECIAL PURPOSE}, {@code INTERVENTIONS}, {@code
 *     EVENTS}, {@code FINDINGS}, {@code TRIAL DESIGN}, {@code RELATIONSHIP})
 * @param structure what one row is ("One record per subject")
 * @param variables the columns, in order
 */
public record Dataset(
    String name, String label, String domainClass, String structure, List<Variable> variables) {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]{0,7}");

  public Dataset {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Dataset name '" + name + "' is not upper-case letters and digits, at most 8");
    }
    if (label == null || label.isBlank() || label.length() > 40) {
      throw new IllegalArgumentException(
          "Label of dataset " + name + " must be 1 to 40 characters");
    }
    Objects.requireNonNull(domainClass, "class of " + name);
    Objects.requireNonNull(structure, "structure of " + name);
    variables = List.copyOf(variables);
    if (variables.isEmpty()) {
      throw new IllegalArgumentException("Dataset " + name + " has no variables");
    }
    Set<String> names = new HashSet<>();
    for (Variable variable : variables) {
      if (!names.add(variable.name())) {
        throw new IllegalArgumentException(
            "Dataset " + name + " has variable " + variable.name() + " twice");
      }
    }
  }

  /** The variable of that name. */
  public Optional<Variable> variable(String variableName) {
    return variables.stream().filter(v -> v.name().equals(variableName)).findFirst();
  }

  /** The position (0 first) of the variable of that name. */
  public int indexOf(String variableName) {
    for (int i = 0; i < variables.size(); i++) {
      if (variables.get(i).name().equals(variableName)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Dataset " + name + " has no variable " + variableName);
  }

  /** Its key variables in key order. */
  public List<Variable> keys() {
    return variables.stream()
        .filter(v -> v.keySequence() > 0)
        .sorted(java.util.Comparator.comparingInt(Variable::keySequence))
        .toList();
  }
}
