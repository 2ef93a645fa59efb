package org.ecrf.export.domain;

import java.io.Serializable;
import java.util.List;

/**
 * An export's reconciliation: its counts, in the order they are shown (subjects, forms, item
 * values, then rows per dataset).
 */
public record Reconciliation(List<ReconciliationLine> lines) implements Serializable {

  public Reconciliation {
    lines = List.copyOf(lines);
  }

  /** Whether every line reconciles. */
  public boolean reconciles() {
    return lines.stream().allMatch(ReconciliationLine::reconciles);
  }
}
