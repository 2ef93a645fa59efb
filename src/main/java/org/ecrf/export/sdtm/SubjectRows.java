package org.ecrf.export.sdtm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecrf.export.dataset.Dataset;
import org.ecrf.export.dataset.Variable;
import org.ecrf.export.dataset.VariableType;

/**
 * One subject's rows, dataset by dataset, each row's values in its dataset's variable order and
 * typed as the variable says. STUDYID and USUBJID are set; --SEQ numbers the subject's records of
 * each dataset from 1 in the order they were made (visit order, then form order; DS by date);
 * supplemental qualifiers become SUPPxx rows pointing at their record's --SEQ (IDVAR/IDVARVAL; DM
 * has no --SEQ and its qualifiers point at the subject). A text longer than its variable keeps the
 * first part there and puts the rest, 200 characters a piece, into SUPPxx as {@code <VAR>1}, {@code
 * <VAR>2} (SDTMIG 4.5.3.2).
 */
public final class SubjectRows {

  private final Map<String, List<List<Object>>> rows;
  private final long cut;

  private SubjectRows(Map<String, List<List<Object>>> rows, long cut) {
    this.rows = rows;
    this.cut = cut;
  }

  /**
   * The rows of a subject's records.
   *
   * @param written the datasets the export writes: a text too long for its variable whose SUPPxx is
   *     not among them is cut to the variable's length, and counted
   */
  static SubjectRows of(
      SdtmStudyMap map,
      String subjectKey,
      List<SdtmRecord> records,
      ValueText text,
      Set<String> written) {
    String studyId = map.studyOid();
    String usubjid = map.settings().usubjid(studyId, subjectKey);
    Map<String, List<SdtmRecord>> byDataset = new LinkedHashMap<>();
    records.forEach(r -> byDataset.computeIfAbsent(r.dataset(), d -> new ArrayList<>()).add(r));
    byDataset.computeIfPresent("DS", (name, list) -> inDateOrder(list));
    Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
    Map<String, List<List<Object>>> supplements = new LinkedHashMap<>();
    long[] cut = {0};
    byDataset.forEach(
        (name, list) -> {
          Dataset dataset = SdtmCatalogue.standard().dataset(name);
          boolean numbered = dataset.variable(name + "SEQ").isPresent();
          List<List<Object>> out = rows.computeIfAbsent(name, d -> new ArrayList<>());
          long seq = 0;
          for (SdtmRecord record : list) {
            record.put("STUDYID", studyId).put("USUBJID", usubjid);
            record.put(name + "SEQ", numbered ? ++seq : null);
            out.add(row(dataset, record, text, written.contains("SUPP" + name), cut));
            for (SdtmRecord.Supplement supplement : record.supplements()) {
              supplements
                  .computeIfAbsent("SUPP" + name, d -> new ArrayList<>())
                  .add(supplementRow(record, supplement, numbered ? seq : 0));
            }
          }
        });
    rows.putAll(supplements);
    return new SubjectRows(rows, cut[0]);
  }

  /** A SUPPxx row (SUPPQUAL's variable order) pointing at the record's --SEQ, if it has one. */
  private static List<Object> supplementRow(
      SdtmRecord record, SdtmRecord.Supplement supplement, long seq) {
    String domain = record.dataset();
    return java.util.Arrays.asList(
        record.get("STUDYID"),
        domain,
        record.get("USUBJID"),
        seq > 0 ? domain + "SEQ" : null,
        seq > 0 ? Long.toString(seq) : null,
        supplement.qnam(),
        supplement.qlabel(),
        supplement.qval(),
        supplement.qorig(),
        null);
  }

  /** DS records by DSSTDTC (ISO 8601 sorts as text), undated ones last, otherwise as made. */
  private static List<SdtmRecord> inDateOrder(List<SdtmRecord> records) {
    List<SdtmRecord> sorted = new ArrayList<>(records);
    sorted.sort(
        Comparator.comparing(
            (SdtmRecord r) -> (String) r.get("DSSTDTC"),
            Comparator.nullsLast(Comparator.naturalOrder())));
    return sorted;
  }

  private static List<Object> row(
      Dataset dataset, SdtmRecord record, ValueText text, boolean supplemental, long[] cut) {
    for (String name : record.values().keySet()) {
      if (dataset.variable(name).isEmpty()) {
        throw new IllegalStateException(
            "The mapping set " + name + " that dataset " + dataset.name() + " does not have");
      }
    }
    List<Object> values = new ArrayList<>(dataset.variables().size());
    for (Variable variable : dataset.variables()) {
      Object value = typed(variable, record, text);
      if (value instanceof String string && string.length() > variable.length()) {
        value =
            supplemental ? fit(variable, string, record) : string.substring(0, variable.length());
        cut[0] += supplemental ? 0 : 1;
      }
      values.add(value);
    }
    return values;
  }

  private static Object typed(Variable variable, SdtmRecord record, ValueText text) {
    Object value = record.get(variable.name());
    if (value == null) {
      return null;
    }
    if (variable.type() == VariableType.TEXT) {
      return text.fold(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
    }
    BigDecimal number = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    return variable.type() == VariableType.INTEGER ? (Object) number.longValueExact() : number;
  }

  private static String fit(Variable variable, String value, SdtmRecord record) {
    String rest = value.substring(variable.length());
    String stem = variable.name().length() > 7 ? variable.name().substring(0, 7) : variable.name();
    String label =
        variable.label().length() > 36 ? variable.label().substring(0, 36) : variable.label();
    for (int piece = 1; !rest.isEmpty(); piece++) {
      int end = Math.min(rest.length(), Variable.MAX_TEXT_LENGTH);
      record.supplement(
          new SdtmRecord.Supplement(
              stem + piece, label + " " + piece, rest.substring(0, end), "CRF"));
      rest = rest.substring(end);
    }
    return value.substring(0, variable.length());
  }

  /** The rows of each dataset, in dataset order; SUPPxx datasets after the domains. */
  public Map<String, List<List<Object>>> rows() {
    return Collections.unmodifiableMap(rows);
  }

  /** The rows of one dataset (none when the subject has no record there). */
  public List<List<Object>> rows(String dataset) {
    return rows.getOrDefault(dataset, List.of());
  }

  /** How many texts were cut to their variable's length because the export has no SUPPxx. */
  public long cut() {
    return cut;
  }

  /** The number of rows per dataset. */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    rows.forEach((name, list) -> counts.put(name, (long) list.size()));
    return counts;
  }
}
