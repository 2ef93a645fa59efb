package org.ecrf.crf.odm.clinical;

import java.util.Optional;

/**
 * A StudyEventData element (a visit) without its forms.
 *
 * @param studyEventOid the StudyEventOID
 * @param repeatKey the StudyEventRepeatKey; the reader gives "1" when the file has none
 * @param transactionType what the receiver is asked to do with the study event
 * @param provenance the study event's own audit record, signature and annotations
 * @param position where the element is in the file read; {@link SourcePosition#NONE} when built in
 *     code
 */
public record StudyEventDataHeader(
    String studyEventOid,
    String repeatKey,
    Optional<TransactionType> transactionType,
    Provenance provenance,
    SourcePosition position) {

  public StudyEventDataHeader {
    Require.key(studyEventOid, "studyEventOid");
    Require.key(repeatKey, "repeatKey");
    Require.present(transactionType, "transactionType");
    Require.present(provenance, "provenance");
    Require.present(position, "position");
  }

  /** A study event with nothing attached. */
  public static StudyEventDataHeader of(String studyEventOid, String repeatKey) {
    return new StudyEventDataHeader(
        studyEventOid, repeatKey, Optional.empty(), Provenance.NONE, SourcePosition.NONE);
  }
}
