package org.ecrf.export.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * One count of an export's reconciliation: how many of something the database held for the export
 * and how many the files carry, e.g. "item values of F.LAB" read 1,200 against "LB rows" written
 * 1,200. Lines whose figures differ say why in the note (values blinded to the reader, items with
 * no SDTM annotation).
 *
 * @param what what was counted
 * @param read how many the database held within the export's scope
 * @param written how many the files carry
 * @param note why the two differ, or empty
 */
public record ReconciliationLine(String what, long read, long written, String note)
    implements Serializable {

  public ReconciliationLine {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(note, "note");
    if (read < 0 || written < 0) {
      throw new IllegalArgumentException("Counts of '" + what + "' are negative");
    }
  }

  /** Whether what was read and what was written agree, or their difference is explained. */
  public boolean reconciles() {
    return read == written || !note.isBlank();
  }
}
