package org.ecrf.crf.odm.clinical;

import java.util.Optional;

/**
 * A FormData element without its item groups.
 *
 * @param formOid the FormOID
 * @param repeatKey the FormRepeatKey; the reader gives "1" when the file has none
 * @param transactionType what the receiver is asked to do with the form
 * @param provenance the form's own audit record, signature and annotations
 * @param position where the element is in the file read; {@link SourcePosition#NONE} when built in
 *     code
 */
public record FormDataHeader(
    String formOid,
    String repeatKey,
    Optional<TransactionType> transactionType,
    Provenance provenance,
    SourcePosition position) {

  public FormDataHeader {
    Require.key(formOid, "formOid");
    Require.key(repeatKey, "repeatKey");
    Require.present(transactionType, "transactionType");
    Require.present(provenance, "provenance");
    Require.present(position, "position");
  }

  /** A form with nothing attached. */
  public static FormDataHeader of(String formOid, String repeatKey) {
    return new FormDataHeader(
        formOid, repeatKey, Optional.empty(), Provenance.NONE, SourcePosition.NONE);
  }
}
