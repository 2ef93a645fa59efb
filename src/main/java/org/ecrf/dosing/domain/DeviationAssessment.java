package org.ecrf.dosing.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Whether one infusion is a protocol deviation, and why, for the deviation listing.
 *
 * @param reasons why it is a deviation; empty when it is none
 * @param decision what the investigator recorded
 * @param intervalAssessed false while the next infusion is not recorded (the interval may still
 *     turn out to deviate)
 * @param description one English sentence per reason, or "No deviation."
 */
public record DeviationAssessment(
    Set<DeviationReason> reasons,
    InfusionDecision decision,
    boolean intervalAssessed,
    String description) {

  public DeviationAssessment {
    reasons = Set.copyOf(reasons);
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(description, "description");
  }

  /** True when the infusion belongs in the protocol-deviation listing. */
  public boolean isDeviation() {
    return !reasons.isEmpty();
  }

  /**
   * True when "follow" was recorded yet what was given differs from the recommendation: a deviation
   * the investigator may not be aware of.
   */
  public boolean followRecordedButDiffers() {
    return decision == InfusionDecision.FOLLOW && isDeviation();
  }
}
