package org.ecrf.scoring.domain;

import java.util.Objects;

/**
 * The name and version of a scoring algorithm, written {@code NAME/VERSION} (for example {@code
 * PUCAI/1}) as in the CRF's MethodDef. A stored derived value carries it, so that a later change of
 * a rule never silently reinterprets values computed under an earlier one.
 */
public record AlgorithmId(String name, int version) {

  public AlgorithmId {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException(
          "An algorithm name is upper-case letters, digits and '_': '" + name + "'");
    }
    if (version < 1) {
      throw new IllegalArgumentException(
          "An algorithm version starts at 1: " + name + "/" + version);
    }
  }

  @Override
  public String toString() {
    return name + "/" + version;
  }
}
