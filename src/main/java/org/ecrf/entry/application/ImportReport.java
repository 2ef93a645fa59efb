package org.ecrf.entry.application;

import java.util.List;
import org.ecrf.crf.odm.clinical.ClinicalDataFault;
import org.ecrf.crf.odm.clinical.ClinicalFaultKind;
import org.ecrf.crf.odm.clinical.ReadOutcome;
import org.ecrf.crf.odm.clinical.ReadSummary;

/**
 * The answer to an import of ODM clinical data: which file, whether it was read, what became of
 * each form (in file order) and the counts, and the faults of the file that concern no single form.
 *
 * @param studyOid the study imported into
 * @param fileOid the ODM FileOID (empty text when the file was not read that far)
 * @param read READ_TO_END; NOT_VALID (schema errors) or STOPPED (not well-formed, not ODM, too
 *     large) when nothing was imported
 * @param counts forms and items by outcome
 * @param forms every form of the file, in file order
 * @param faults faults of the file outside forms, warnings included, with line and column
 */
public record ImportReport(
    String studyOid,
    String fileOid,
    ReadOutcome read,
    Counts counts,
    List<ImportFormResult> forms,
    List<Fault> faults) {

  public ImportReport {
    forms = List.copyOf(forms);
    faults = List.copyOf(faults);
  }

  /** The report of a reading and the forms it delivered. */
  public static ImportReport of(
      String studyOid, ReadSummary summary, List<ImportFormResult> forms) {
    return new ImportReport(
        studyOid,
        summary.fileOid(),
        summary.outcome(),
        Counts.of(forms),
        forms,
        summary.faults().stream().map(Fault::of).toList());
  }

  /** True when the file was read and its forms were imported (or refused one by one). */
  public boolean fileRead() {
    return read == ReadOutcome.READ_TO_END || !forms.isEmpty();
  }

  /** True when reading stopped because the file is larger than the limit. */
  public boolean tooLarge() {
    return faults.stream()
        .anyMatch(fault -> fault.kind().equals(ClinicalFaultKind.TOO_LARGE.name()));
  }

  /** The first fault that refused data or stopped the reading, for a one-line answer. */
  public String firstError() {
    return faults.stream()
        .filter(fault -> !fault.effect().equals("WARNING"))
        .findFirst()
        .map(fault -> fault.line() + ":" + fault.column() + " " + fault.message())
        .orElse("The file was not read");
  }

  /**
   * How many forms and items of the file had each outcome.
   *
   * @param forms every FormData of the file
   * @param formsStored forms with something written
   * @param formsUnchanged forms the file repeats as stored
   * @param formsRefused forms refused (nothing of them written)
   * @param itemsStored values written
   * @param itemsRemoved values cleared (rows removed count their items)
   * @param itemsUnchanged values as stored already, or left alone (Context)
   * @param itemsRefused values refused, each with its reason
   * @param itemsNotStored acceptable values of refused forms
   */
  public record Counts(
      int forms,
      int formsStored,
      int formsUnchanged,
      int formsRefused,
      int itemsStored,
      int itemsRemoved,
      int itemsUnchanged,
      int itemsRefused,
      int itemsNotStored) {

    static Counts of(List<ImportFormResult> forms) {
      List<ImportOutcome> items =
          forms.stream().flatMap(form -> form.items().stream()).map(i -> i.outcome()).toList();
      return new Counts(
          forms.size(),
          count(forms.stream().map(ImportFormResult::outcome).toList(), ImportOutcome.STORED),
          count(forms.stream().map(ImportFormResult::outcome).toList(), ImportOutcome.UNCHANGED),
          count(forms.stream().map(ImportFormResult::outcome).toList(), ImportOutcome.REFUSED),
          count(items, ImportOutcome.STORED),
          count(items, ImportOutcome.REMOVED),
          count(items, ImportOutcome.UNCHANGED),
          count(items, ImportOutcome.REFUSED),
          count(items, ImportOutcome.NOT_STORED));
    }

    private static int count(List<ImportOutcome> outcomes, ImportOutcome wanted) {
      return (int) outcomes.stream().filter(outcome -> outcome == wanted).count();
    }
  }

  /**
   * A fault of the file, as the reader found it.
   *
   * @param line the line (0 for faults of the whole file)
   * @param column the column
   * @param kind what kind of fault (the reader's ClinicalFaultKind, e.g. NOT_WELL_FORMED, SCHEMA)
   * @param effect WARNING, REFUSES_DATA or STOPS_READING
   * @param message what is wrong
   */
  public record Fault(int line, int column, String kind, String effect, String message) {

    static Fault of(ClinicalDataFault fault) {
      return new Fault(
          fault.position().line(),
          fault.position().column(),
          fault.kind().name(),
          fault.effect().name(),
          fault.message());
    }
  }
}
