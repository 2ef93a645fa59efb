package org.ecrf.monitoring.domain;

/**
 * What an investigator's one password entry signed (issue 7: "signs a form, a visit or a whole
 * casebook"): each form still gets its own signature, bound to its own data version; the scope
 * records that it was signed as part of a visit or of the subject's casebook.
 */
public enum SignatureScope {
  FORM,
  VISIT,
  CASEBOOK
}
