package org.ecrf.dosing.domain;

/** The investigator's decision on the advice ({@code I.INF_DECISION}). */
public enum InfusionDecision {
  /** The investigator follows the recommendation. */
  FOLLOW,
  /** The investigator gives something else; a reason is required and it is a protocol deviation. */
  OVERRIDE;

  /**
   * The decision of the item value {@code FOLLOW} or {@code OVERRIDE}.
   *
   * @throws IllegalArgumentException for any other value, null or blank
   */
  public static InfusionDecision fromItemValue(String value) {
    return Codes.lookUp(
        InfusionDecision.class, value == null ? null : value.strip(), "I.INF_DECISION");
  }
}
