package org.ecrf.export.odm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecrf.export.domain.Reconciliation;
import org.ecrf.export.domain.ReconciliationLine;

/**
 * The counts of an ODM export as it runs: for each kind of thing, how many were read for the
 * subjects in scope, how many were written, and how many were left out for which reason. A line's
 * note explains the difference only when the reasons account for all of it; a difference the
 * reasons do not explain leaves the note empty, so the line does not reconcile. Not thread-safe:
 * one per export.
 */
public final class OdmReconciliation {

  /** What is counted, in the order the lines are shown. */
  public enum Count {
    SUBJECTS("subjects"),
    FORMS("forms"),
    ITEM_VALUES("item values"),
    AUDIT_RECORDS("audit records (last change of each item value written)"),
    SIGNATURES("form signatures (valid)"),
    QUERIES("queries");

    private final String label;

    Count(String label) {
      this.label = label;
    }
  }

  /** Why something read was not written. */
  public enum LeftOut {
    BLINDED("blinded to the reader's roles"),
    OUTSIDE_DATES("of visits outside the date range");

    private final String label;

    LeftOut(String label) {
      this.label = label;
    }
  }

  private final Map<Count, long[]> counts = new EnumMap<>(Count.class);
  private final Map<Count, Map<LeftOut, Long>> leftOut = new EnumMap<>(Count.class);

  public OdmReconciliation() {
    for (Count count : Count.values()) {
      counts.put(count, new long[2]);
      leftOut.put(count, new EnumMap<>(LeftOut.class));
    }
  }

  public void read(Count count, long number) {
    counts.get(count)[0] += number;
  }

  public void written(Count count, long number) {
    counts.get(count)[1] += number;
  }

  public void leftOut(Count count, LeftOut reason, long number) {
    if (number > 0) {
      leftOut.get(count).merge(reason, number, Long::sum);
    }
  }

  public long read(Count count) {
    return counts.get(count)[0];
  }

  public long written(Count count) {
    return counts.get(count)[1];
  }

  /** The lines, subjects first. */
  public Reconciliation reconciliation() {
    List<ReconciliationLine> lines = new ArrayList<>();
    for (Count count : Count.values()) {
      long read = read(count);
      long written = written(count);
      Map<LeftOut, Long> reasons = leftOut.get(count);
      long explained = reasons.values().stream().mapToLong(Long::longValue).sum();
      String note =
          read == written + explained && explained > 0
              ? reasons.entrySet().stream()
                  .map(e -> e.getValue() + " " + e.getKey().label)
                  .collect(Collectors.joining("; "))
              : "";
      lines.add(new ReconciliationLine(count.label, read, written, note));
    }
    return new Reconciliation(lines);
  }
}
