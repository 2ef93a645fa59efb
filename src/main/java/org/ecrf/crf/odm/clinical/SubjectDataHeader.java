package org.ecrf.crf.odm.clinical;

import java.util.Optional;

/**
 * A SubjectData element without its study events: the subject, its site and investigator, and what
 * is attached to it.
 *
 * @param subjectKey the SubjectKey
 * @param transactionType what the receiver is asked to do with the subject
 * @param investigatorUserOid the InvestigatorRef's UserOID
 * @param siteLocationOid the SiteRef's LocationOID
 * @param provenance the subject's own audit record, signature and annotations
 * @param position where the element is in the file read; {@link SourcePosition#NONE} when built in
 *     code
 */
public record SubjectDataHeader(
    String subjectKey,
    Optional<TransactionType> transactionType,
    Optional<String> investigatorUserOid,
    Optional<String> siteLocationOid,
    Provenance provenance,
    SourcePosition position) {

  public SubjectDataHeader {
    Require.key(subjectKey, "subjectKey");
    Require.present(transactionType, "transactionType");
    Require.optionalKey(investigatorUserOid, "investigatorUserOid");
    Require.optionalKey(siteLocationOid, "siteLocationOid");
    Require.present(provenance, "provenance");
    Require.present(position, "position");
  }

  /** A subject at a site, with nothing else attached. */
  public static SubjectDataHeader of(String subjectKey, String siteLocationOid) {
    return new SubjectDataHeader(
        subjectKey,
        Optional.empty(),
        Optional.empty(),
        Optional.of(siteLocationOid),
        Provenance.NONE,
        SourcePosition.NONE);
  }
}
