package org.ecrf.entry.application;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.crf.odm.clinical.FaultEffect;
import org.ecrf.crf.odm.clinical.FormDataSubmission;
import org.ecrf.crf.odm.clinical.FormKey;
import org.ecrf.crf.odm.clinical.ItemData;
import org.ecrf.crf.odm.clinical.RefusedForm;
import org.ecrf.crf.odm.clinical.SourcePosition;
import org.ecrf.crf.odm.clinical.TransactionType;

/**
 * The answer about one FormData of an imported file: where it is (keys as the file gives them, line
 * and column of its start tag), what became of it, and the same for each of its item groups and
 * items. Keys the file did not give are empty text; {@code null} fields are left out of the JSON.
 *
 * @param subjectKey the SubjectKey
 * @param studyEventOid the StudyEventOID
 * @param studyEventRepeatKey the StudyEventRepeatKey ("1" when absent)
 * @param formOid the FormOID
 * @param formRepeatKey the FormRepeatKey ("1" when absent)
 * @param transactionType the form's transaction type as the import applied it (ODM spelling), or
 *     {@code null} when its items carry their own
 * @param line the line of the FormData start tag
 * @param column its column
 * @param outcome STORED, UNCHANGED or REFUSED
 * @param version the form's version after the import when it was stored, else {@code null}
 * @param reasonForChange the reason recorded with changed values, or {@code null}
 * @param messages errors and warnings about the form as a whole
 * @param itemGroups its item groups in file order
 */
public record ImportFormResult(
    String subjectKey,
    String studyEventOid,
    String studyEventRepeatKey,
    String formOid,
    String formRepeatKey,
    String transactionType,
    int line,
    int column,
    ImportOutcome outcome,
    Integer version,
    String reasonForChange,
    List<ImportMessage> messages,
    List<GroupResult> itemGroups) {

  public ImportFormResult {
    Objects.requireNonNull(outcome, "outcome");
    messages = List.copyOf(messages);
    itemGroups = List.copyOf(itemGroups);
  }

  /** A form refused before it could be planned (unknown subject, visit or form; keys; access). */
  public static ImportFormResult refusedBeforePlanning(
      FormDataSubmission submission, String reason) {
    List<GroupResult> groups =
        submission.itemGroups().stream()
            .map(
                group ->
                    new GroupResult(
                        group.itemGroupOid(),
                        group.repeatKey(),
                        odm(group.transactionType()),
                        group.position().line(),
                        group.position().column(),
                        ImportOutcome.NOT_STORED,
                        List.of(),
                        group.items().stream()
                            .map(item -> ItemResult.of(item, ImportOutcome.NOT_STORED, List.of()))
                            .toList()))
            .toList();
    return of(
        submission,
        ImportKeys.formTransactionType(submission),
        ImportOutcome.REFUSED,
        null,
        null,
        List.of(ImportMessage.error(reason)),
        groups);
  }

  /** A form the reader refused: its faults, with line and column. */
  public static ImportFormResult refusedByReader(RefusedForm refused) {
    FormKey key = refused.key();
    List<ImportMessage> faults =
        refused.faults().stream()
            .map(
                fault ->
                    new ImportMessage(
                        fault.effect() == FaultEffect.WARNING ? "WARNING" : "ERROR",
                        fault.message(),
                        fault.position().line(),
                        fault.position().column()))
            .toList();
    return new ImportFormResult(
        key.subjectKey(),
        key.studyEventOid(),
        key.studyEventRepeatKey(),
        key.formOid(),
        key.formRepeatKey(),
        null,
        refused.position().line(),
        refused.position().column(),
        ImportOutcome.REFUSED,
        null,
        null,
        faults,
        List.of());
  }

  /** A form of the file with what became of it. */
  static ImportFormResult of(
      FormDataSubmission submission,
      Optional<TransactionType> type,
      ImportOutcome outcome,
      Integer version,
      String reason,
      List<ImportMessage> formMessages,
      List<GroupResult> groups) {
    SourcePosition at = submission.form().position();
    return new ImportFormResult(
        submission.subject().subjectKey(),
        submission.studyEvent().studyEventOid(),
        submission.studyEvent().repeatKey(),
        submission.form().formOid(),
        submission.form().repeatKey(),
        odm(type),
        at.line(),
        at.column(),
        outcome,
        version,
        reason,
        formMessages,
        groups);
  }

  /** A transaction type in ODM spelling, or {@code null}. */
  static String odm(Optional<TransactionType> type) {
    return type.map(TransactionType::odmName).orElse(null);
  }

  /** Every item of the form. */
  public List<ItemResult> items() {
    return itemGroups.stream().flatMap(group -> group.items().stream()).toList();
  }

  /**
   * One ItemGroupData of the file.
   *
   * @param itemGroupOid the ItemGroupOID
   * @param itemGroupRepeatKey the ItemGroupRepeatKey ("1" when absent)
   * @param transactionType its own transaction type, or {@code null}
   * @param line the line of its start tag
   * @param column its column
   * @param outcome STORED (a new row or changed items), REMOVED (the row), UNCHANGED, REFUSED or
   *     NOT_STORED
   * @param messages errors about the row itself
   * @param items its items in file order
   */
  public record GroupResult(
      String itemGroupOid,
      String itemGroupRepeatKey,
      String transactionType,
      int line,
      int column,
      ImportOutcome outcome,
      List<ImportMessage> messages,
      List<ItemResult> items) {

    public GroupResult {
      Objects.requireNonNull(outcome, "outcome");
      messages = List.copyOf(messages);
      items = List.copyOf(items);
    }
  }

  /**
   * One ItemData of the file.
   *
   * @param itemOid the ItemOID
   * @param value the Value as sent, or {@code null} when it had none
   * @param unitOid the MeasurementUnitRef's OID as sent, or {@code null}
   * @param isNull whether the file said IsNull="Yes"
   * @param transactionType its own transaction type, or {@code null}
   * @param line the line of its start tag
   * @param column its column
   * @param outcome STORED, REMOVED, UNCHANGED, REFUSED or NOT_STORED
   * @param messages why it was refused, and warnings (soft checks left open)
   */
  public record ItemResult(
      String itemOid,
      String value,
      String unitOid,
      boolean isNull,
      String transactionType,
      int line,
      int column,
      ImportOutcome outcome,
      List<ImportMessage> messages) {

    public ItemResult {
      Objects.requireNonNull(outcome, "outcome");
      messages = List.copyOf(messages);
    }

    static ItemResult of(ItemData item, ImportOutcome outcome, List<ImportMessage> messages) {
      return new ItemResult(
          item.itemOid(),
          item.value().orElse(null),
          item.measurementUnitOid().orElse(null),
          item.isNull(),
          odm(item.transactionType()),
          item.position().line(),
          item.position().column(),
          outcome,
          messages);
    }
  }
}
