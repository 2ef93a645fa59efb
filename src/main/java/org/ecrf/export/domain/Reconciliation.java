package org.ecrf.export.domain;

import java.util.List;

/**
 * An export's reconciliation: its counts, in the order they are shown (subjects, forms, item
 * values, then rows per dataset).
 */
public record Reconciliation(List<ReconciliationLine> lines) {

  public Reconciliation {
    lines = List.copyOf(lines);
  }

  /** Whether every line reconciles. */
  public boolean reconciles() {
    return lines.stream().allMatch(ReconciliationLine::reconciles);
  }
}
