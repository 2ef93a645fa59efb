package org.ecrf.export.odm;

import java.time.Instant;
import java.util.Objects;

/**
 * The valid (not voided) electronic signature of a form: voided signatures stay in the audit trail
 * and are not exported.
 *
 * @param eventOid the visit's study event
 * @param eventRepeat the visit's repeat key
 * @param formOid the form signed
 * @param signedBy the signer's login name
 * @param meaning what the signer attests
 * @param signedAt when
 */
public record SignatureRecord(
    String eventOid,
    int eventRepeat,
    String formOid,
    String signedBy,
    String meaning,
    Instant signedAt) {

  public SignatureRecord {
    Objects.requireNonNull(eventOid, "eventOid");
    Objects.requireNonNull(formOid, "formOid");
    Objects.requireNonNull(signedBy, "signedBy");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(signedAt, "signedAt");
  }
}
