package org.ecrf.entry.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ecrf.crf.odm.clinical.FormDataSubmission;
import org.ecrf.crf.odm.clinical.ItemData;
import org.ecrf.crf.odm.clinical.TransactionType;

/**
 * The ODM transaction types checked against what is stored, each at the level that carries it (the
 * rules are listed on {@link ImportMerge}); every refusal is a sentence naming the element.
 */
final class ImportChecks {

  private ImportChecks() {}

  /** Why the form as a whole cannot be imported: removals above it, its type, its version. */
  static List<String> formRefusals(
      FormDataSubmission submission,
      Optional<TransactionType> formType,
      boolean started,
      String metaDataVersionOfForm) {
    List<String> refusals = new ArrayList<>();
    String form = describe(submission);
    boolean removesAbove =
        Stream.of(submission.subject().transactionType(), submission.studyEvent().transactionType())
            .anyMatch(type -> type.equals(Optional.of(TransactionType.REMOVE)));
    if (removesAbove) {
      refusals.add(
          "Subjects and visits are not removed through an import; "
              + form
              + " is in a SubjectData or StudyEventData with TransactionType Remove.");
    }
    formType.flatMap(type -> formTypeRefusal(form, type, started)).ifPresent(refusals::add);
    String version = submission.clinicalData().metaDataVersionOid();
    if (!version.equals(metaDataVersionOfForm)) {
      refusals.add(
          "The ClinicalData names MetaDataVersion "
              + version
              + ", but "
              + form
              + " is entered under "
              + metaDataVersionOfForm
              + "; send its data for "
              + metaDataVersionOfForm
              + ".");
    }
    return refusals;
  }

  private static Optional<String> formTypeRefusal(
      String form, TransactionType type, boolean started) {
    return switch (type) {
      case INSERT ->
          started
              ? Optional.of(
                  form
                      + " already has data, so it cannot be inserted; send Update or Upsert to"
                      + " change it.")
              : Optional.empty();
      case UPDATE ->
          started
              ? Optional.empty()
              : Optional.of(form + " has no data to update; send Insert or Upsert to enter it.");
      case REMOVE ->
          Optional.of(
              "A whole form is not removed through an import; remove the values of "
                  + form
                  + " item by item (IsNull=\"Yes\" or TransactionType Remove on the ItemData)"
                  + " with a reason for change.");
      case UPSERT, CONTEXT -> Optional.empty();
    };
  }

  /**
   * Why an ItemGroupData cannot be imported, from its own transaction type.
   *
   * @param name the row as the file names it, e.g. {@code IG.AE[2]}
   * @param rowStored whether the row is stored (and not removed)
   * @param repeating whether the item group repeats
   */
  static Optional<String> groupRefusal(
      String name, Optional<TransactionType> own, boolean rowStored, boolean repeating) {
    if (own.isEmpty()) {
      return Optional.empty();
    }
    return switch (own.get()) {
      case INSERT ->
          rowStored
              ? Optional.of(name + " is already stored, so it cannot be inserted.")
              : Optional.empty();
      case UPDATE ->
          rowStored ? Optional.empty() : Optional.of(name + " is not stored; nothing to update.");
      case REMOVE -> {
        if (!repeating) {
          yield Optional.of(
              name
                  + " is not a row of a repeating item group, so it cannot be removed; clear its"
                  + " items with IsNull=\"Yes\" instead.");
        }
        yield rowStored
            ? Optional.empty()
            : Optional.of(name + " is not stored; nothing to remove.");
      }
      case UPSERT, CONTEXT -> Optional.empty();
    };
  }

  /**
   * Why an ItemData cannot be imported.
   *
   * @param name the item and its row, e.g. {@code I.LB_CRP in IG.LB_INFLAMMATION[1]}
   * @param effective the item's own type, else its group's, else the form's (Context above the item
   *     skipped); empty when none says
   * @param hasValue whether the item has a stored value
   */
  static Optional<String> itemRefusal(
      String name, ItemData item, Optional<TransactionType> effective, boolean hasValue) {
    Optional<TransactionType> own = item.transactionType();
    if (effective.isEmpty()) {
      return Optional.of(
          name
              + " has no TransactionType, and neither has its ItemGroupData nor its FormData (or"
              + " they say Context); a Transactional file must say Insert, Update, Upsert or"
              + " Remove.");
    }
    if (own.equals(Optional.of(TransactionType.INSERT)) && hasValue) {
      return Optional.of(name + " already has a value, so it cannot be inserted.");
    }
    if (own.equals(Optional.of(TransactionType.UPDATE)) && !hasValue) {
      return Optional.of(name + " has no stored value to update.");
    }
    if (own.equals(Optional.of(TransactionType.REMOVE)) && !hasValue) {
      return Optional.of(name + " has no stored value to remove.");
    }
    boolean valueNeeded =
        !item.isNull()
            && effective.get() != TransactionType.REMOVE
            && effective.get() != TransactionType.CONTEXT;
    if (valueNeeded && item.value().isEmpty()) {
      return Optional.of(
          name + " has neither a Value nor IsNull=\"Yes\"; say which value to store.");
    }
    return Optional.empty();
  }

  /** {@code F.LAB of BER-0001 at SE.WEEK6[1]}. */
  static String describe(FormDataSubmission submission) {
    return submission.form().formOid()
        + " of "
        + submission.subject().subjectKey()
        + " at "
        + submission.studyEvent().studyEventOid()
        + "["
        + submission.studyEvent().repeatKey()
        + "]";
  }
}
