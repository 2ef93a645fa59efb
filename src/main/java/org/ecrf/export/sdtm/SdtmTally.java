package org.ecrf.export.sdtm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecrf.export.domain.Reconciliation;
import org.ecrf.export.domain.ReconciliationLine;

/**
 * The counts of one SDTM export as it goes, subject by subject: subjects and forms read, every item
 * value read by what became of it (written, empty, without SDTM annotation, blinded to the reader,
 * not a record for a stated reason), the records each dataset should get, and the text values
 * folded to ASCII. {@link #reconciliation} sets them against the rows the sinks wrote.
 */
public final class SdtmTally {

  /** The reason of values whose group wrote no record because it lacks a topic (--TERM, --TRT). */
  static final String NO_TOPIC = "log rows without a term or treatment";

  private long subjectsRead;
  private long subjectsWritten;
  private long formsRead;
  private long formsMapped;
  private long valuesRead;
  private long valuesEmpty;
  private long valuesWithoutAnnotation;
  private long valuesBlinded;
  private long valuesExported;
  private long folded;
  private long cut;
  private final Map<String, Long> dropped = new LinkedHashMap<>();
  private final Map<String, Long> expectedRecords = new LinkedHashMap<>();

  void subject(boolean written, long forms, long formsWithValues) {
    subjectsRead++;
    subjectsWritten += written ? 1 : 0;
    formsRead += forms;
    formsMapped += formsWithValues;
  }

  void valueRead() {
    valuesRead++;
  }

  void empty() {
    valuesEmpty++;
  }

  void withoutAnnotation() {
    valuesWithoutAnnotation++;
  }

  void blinded() {
    valuesBlinded++;
  }

  void outcome(MappedValue value) {
    if (value.isExported()) {
      valuesExported++;
    } else {
      String reason = value.droppedBecause();
      dropped.merge(reason == null ? "not mapped: " + value.annotation : reason, 1L, Long::sum);
    }
  }

  /** One more record expected in the dataset. */
  void expect(String dataset, long records) {
    expectedRecords.merge(dataset, records, Long::sum);
  }

  void folded(long values) {
    folded += values;
  }

  public long subjectsRead() {
    return subjectsRead;
  }

  public long valuesRead() {
    return valuesRead;
  }

  public long valuesBlinded() {
    return valuesBlinded;
  }

  public long valuesWithoutAnnotation() {
    return valuesWithoutAnnotation;
  }

  public long valuesExported() {
    return valuesExported;
  }

  /** How many values were not written, by reason. */
  public Map<String, Long> dropped() {
    return Map.copyOf(dropped);
  }

  /** The records each dataset should have received. */
  public Map<String, Long> expectedRecords() {
    return Map.copyOf(expectedRecords);
  }

  void cut(long values) {
    cut += values;
  }

  /** Texts cut to their variable's length where the export has no SUPPxx for the rest. */
  public long cut() {
    return cut;
  }

  public long folded() {
    return folded;
  }

  /**
   * The reconciliation against the rows written per dataset: subjects, forms, item values, then one
   * line per dataset. A dataset line has no note, so any difference between the records the mapping
   * made and the rows the sink wrote shows as not reconciled.
   */
  public Reconciliation reconciliation(Map<String, Long> rowsWritten) {
    List<ReconciliationLine> lines = new ArrayList<>();
    lines.add(new ReconciliationLine("Subjects", subjectsRead, subjectsWritten, ""));
    lines.add(
        new ReconciliationLine(
            "Forms",
            formsRead,
            formsMapped,
            formsRead == formsMapped
                ? ""
                : "forms without an annotated, visible value write no rows"));
    lines.add(new ReconciliationLine("Item values", valuesRead, valuesExported, valueNote()));
    rowsWritten.forEach(
        (dataset, rows) ->
            lines.add(
                new ReconciliationLine(
                    dataset + " records", expectedRecords.getOrDefault(dataset, 0L), rows, "")));
    lines.add(
        new ReconciliationLine(
            "Text values folded to ASCII",
            folded,
            folded,
            folded == 0 ? "" : "accents and symbols folded, SAS transport takes ASCII only"));
    if (cut > 0) {
      lines.add(
          new ReconciliationLine(
              "Text values longer than their variable",
              cut,
              cut,
              "cut to the variable's length: the definition gives no SUPPxx for the rest"));
    }
    return new Reconciliation(lines);
  }

  private String valueNote() {
    if (valuesRead == valuesExported) {
      return "";
    }
    Map<String, Long> reasons = new LinkedHashMap<>();
    reasons.put("empty", valuesEmpty);
    reasons.put("without SDTM annotation", valuesWithoutAnnotation);
    reasons.put("blinded to the reader's roles", valuesBlinded);
    reasons.putAll(dropped);
    long explained = reasons.values().stream().mapToLong(Long::longValue).sum();
    if (explained != valuesRead - valuesExported) {
      return "";
    }
    return reasons.entrySet().stream()
        .filter(entry -> entry.getValue() > 0)
        .map(entry -> entry.getValue() + " " + entry.getKey())
        .collect(Collectors.joining("; "));
  }
}
