package org.ecrf.dosing.domain;

/**
 * The result for antibodies to infliximab (ATI) of the trough sample, as the assay's cutoff
 * classifies it ({@code I.ATI_STATUS}). Values are not comparable across assays (domain spec §3),
 * so the rules use only this classification.
 */
public enum AntibodyStatus {
  POSITIVE,
  NEGATIVE,
  /** No antibody result for this sample; treated as not positive. */
  NOT_TESTED;

  /**
   * The status of the item value {@code POS} or {@code NEG}; null or blank means not tested.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static AntibodyStatus fromItemValue(String value) {
    if (value == null || value.isBlank()) {
      return NOT_TESTED;
    }
    return switch (value.strip()) {
      case "POS" -> POSITIVE;
      case "NEG" -> NEGATIVE;
      default ->
          throw new IllegalArgumentException(
              "I.ATI_STATUS must be POS or NEG (or empty when not tested), was '" + value + "'");
    };
  }
}
