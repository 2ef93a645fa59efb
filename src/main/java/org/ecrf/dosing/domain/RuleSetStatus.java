package org.ecrf.dosing.domain;

/**
 * Whether the clinical content of a dosing rule set has been confirmed. Pages must show provisional
 * advice as such, because the TOPIT protocol's algorithm was not available when the defaults were
 * written (domain spec §0 and §1.2).
 */
public enum RuleSetStatus {
  /**
   * Defaults taken from published designs, not yet confirmed against the trial protocol; every
   * advice says so.
   */
  PROVISIONAL,
  /** Confirmed against the protocol and released by the data manager. */
  RELEASED;

  /**
   * The status named by the study definition's {@code Status} attribute.
   *
   * @throws IllegalArgumentException naming the allowed values when {@code code} is not one
   */
  public static RuleSetStatus fromCode(String code) {
    return Codes.lookUp(RuleSetStatus.class, code, "dosing rule set Status");
  }
}
