package org.ecrf.scoring.domain;

import java.util.List;
import java.util.Objects;

/**
 * The value of one output of an algorithm for a derived CRF item: the value as the item stores it
 * ({@link Value}), no value because the complete result has none for this output ({@link NoValue},
 * for example the subscore of an unexplored SES-CD segment), or {@link Incomplete} naming every
 * missing or invalid input item.
 */
public sealed interface Derivation
    permits Derivation.Value, Derivation.NoValue, Derivation.Incomplete {

  /** The derived value as text ("27.5", "MODERATE", "A1b L3 B1 G0", "Y"). */
  record Value(String value) implements Derivation {
    public Value {
      Objects.requireNonNull(value, "value");
    }
  }

  /** The result is complete but has no value for this output, for the stated reason. */
  record NoValue(String reason) implements Derivation {
    public NoValue {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The inputs are incomplete; nothing is derived. */
  record Incomplete(AlgorithmId algorithm, List<ItemProblem> problems) implements Derivation {
    public Incomplete {
      Objects.requireNonNull(algorithm, "algorithm");
      problems = List.copyOf(problems);
    }

    /** The OIDs (or subject keys) of the problem items, each once. */
    public List<String> itemOids() {
      return problems.stream().map(ItemProblem::itemOid).distinct().toList();
    }
  }

  static Derivation yesNo(boolean value) {
    return new Value(value ? "Y" : "N");
  }
}
