package org.ecrf.entry.application;

import java.util.Optional;
import java.util.stream.Stream;
import org.ecrf.crf.odm.clinical.FileType;
import org.ecrf.crf.odm.clinical.FormDataSubmission;
import org.ecrf.crf.odm.clinical.TransactionType;
import org.ecrf.shared.InvalidInputException;

/**
 * The keys and the transaction type of an imported form as the platform reads them: ODM repeat keys
 * are text, the platform numbers rows and visits from 1; forms do not repeat within a visit.
 */
public final class ImportKeys {

  private ImportKeys() {}

  /**
   * Where the form goes, from the file's keys.
   *
   * @throws InvalidInputException when the file's study is another one or a repeat key is not a
   *     whole number from 1 (forms themselves do not repeat within a visit)
   */
  public static FormAddress address(String studyOid, FormDataSubmission submission) {
    String fileStudy = submission.clinicalData().studyOid();
    if (!fileStudy.equals(studyOid)) {
      throw new InvalidInputException(
          "StudyOID",
          "The ClinicalData is for study " + fileStudy + "; this call imports into " + studyOid);
    }
    String eventRepeat = submission.studyEvent().repeatKey();
    int event =
        repeatKey(eventRepeat)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "StudyEventRepeatKey",
                        "StudyEventRepeatKey \""
                            + eventRepeat
                            + "\" of "
                            + submission.studyEvent().studyEventOid()
                            + " is not a whole number from 1"));
    if (!submission.form().repeatKey().equals("1")) {
      throw new InvalidInputException(
          "FormRepeatKey",
          "FormRepeatKey \""
              + submission.form().repeatKey()
              + "\" of "
              + submission.form().formOid()
              + ": a form is filled once per visit, with repeat key 1");
    }
    return new FormAddress(
        studyOid,
        submission.subject().subjectKey(),
        submission.studyEvent().studyEventOid(),
        event,
        submission.form().formOid());
  }

  /**
   * The form's transaction type: its own, else that of the nearest StudyEventData or SubjectData
   * that is not Context; Insert in a Snapshot file without any (the only type a Snapshot may
   * carry); empty in a Transactional file without any, where the items must carry their own.
   */
  public static Optional<TransactionType> formTransactionType(FormDataSubmission submission) {
    if (submission.form().transactionType().isPresent()) {
      return submission.form().transactionType();
    }
    return Stream.of(
            submission.studyEvent().transactionType(), submission.subject().transactionType())
        .flatMap(Optional::stream)
        .filter(type -> type != TransactionType.CONTEXT)
        .findFirst()
        .or(
            () ->
                submission.fileType() == FileType.SNAPSHOT
                    ? Optional.of(TransactionType.INSERT)
                    : Optional.empty());
  }

  /** A repeat key as a number from 1; empty for anything else. */
  public static Optional<Integer> repeatKey(String text) {
    if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int key = Integer.parseInt(text);
    return key >= 1 ? Optional.of(key) : Optional.empty();
  }
}
