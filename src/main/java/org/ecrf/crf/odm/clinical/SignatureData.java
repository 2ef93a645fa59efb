package org.ecrf.crf.odm.clinical;

import java.time.Instant;

/**
 * An electronic signature on clinical data (ODM Signature): who signed, where, what the signature
 * means (a SignatureDef of the AdminData) and when.
 *
 * @param userOid the UserRef: the person who signed
 * @param locationOid the LocationRef
 * @param signatureOid the SignatureRef: the SignatureDef giving the meaning and legal reason
 * @param dateTimeStamp when the signature was applied
 */
public record SignatureData(
    String userOid, String locationOid, String signatureOid, Instant dateTimeStamp) {

  public SignatureData {
    Require.key(userOid, "userOid");
    Require.key(locationOid, "locationOid");
    Require.key(signatureOid, "signatureOid");
    Require.present(dateTimeStamp, "dateTimeStamp");
  }
}
