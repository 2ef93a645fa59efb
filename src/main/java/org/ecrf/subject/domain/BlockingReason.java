package org.ecrf.subject.domain;

/** Why an item of the eligibility form blocks randomisation. */
public enum BlockingReason {
  /** An inclusion criterion is answered N. */
  NOT_MET("inclusion criterion not met"),
  /** An exclusion criterion is answered Y. */
  EXCLUSION_APPLIES("exclusion criterion applies"),
  /** A criterion has no answer. */
  NOT_ANSWERED("not answered"),
  /** Consent is not answered Y, or its date is missing. */
  CONSENT_MISSING("consent not documented"),
  /** The value is not one the item allows (Y/N; an ISO date not in the future). */
  INVALID_VALUE("invalid value");

  private final String description;

  BlockingReason(String description) {
    this.description = description;
  }

  /** A short English description (pages translate by the constant's name). */
  public String description() {
    return description;
  }
}
