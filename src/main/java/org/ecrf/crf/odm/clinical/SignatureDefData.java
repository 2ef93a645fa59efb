package org.ecrf.crf.odm.clinical;

import java.util.Optional;

/**
 * What a kind of signature means and why it is legally binding (ODM SignatureDef), which
 * SignatureRef elements name.
 *
 * @param oid the definition's OID
 * @param methodology digital or electronic
 * @param meaning what the signer attests, for instance "Investigator approval of the form"
 * @param legalReason why it is binding, for instance "21 CFR Part 11"
 */
public record SignatureDefData(
    String oid, Optional<SignatureMethod> methodology, String meaning, String legalReason) {

  public SignatureDefData {
    Require.key(oid, "oid");
    Require.present(methodology, "methodology");
    Require.present(meaning, "meaning");
    Require.present(legalReason, "legalReason");
  }
}
