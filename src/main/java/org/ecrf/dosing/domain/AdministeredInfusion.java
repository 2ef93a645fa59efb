package org.ecrf.dosing.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What was actually given at an infusion and what the investigator decided about the advice, as
 * recorded on the infusion form. An override must say why.
 *
 * @param doseMgPerKg the dose given in mg/kg ({@code I.INF_DOSE_MGKG}), greater than 0
 * @param doseMg the dose given in mg ({@code I.INF_DOSE_MG}), greater than 0
 * @param intervalDaysToNext days from this infusion to the next one (from the two {@code
 *     I.INF_DATE}s), 1 or more; empty while the next infusion is not recorded, and then the
 *     interval is not assessed
 * @param decision follow or override ({@code I.INF_DECISION})
 * @param reason why ({@code I.INF_DECISION_REASON}); required for an override, may be empty when
 *     following
 */
public record AdministeredInfusion(
    BigDecimal doseMgPerKg,
    BigDecimal doseMg,
    OptionalInt intervalDaysToNext,
    InfusionDecision decision,
    String reason) {

  public AdministeredInfusion {
    doseMgPerKg = Decimals.positive(doseMgPerKg, "I.INF_DOSE_MGKG");
    doseMg = Decimals.positive(doseMg, "I.INF_DOSE_MG");
    Objects.requireNonNull(intervalDaysToNext, "intervalDaysToNext must be empty, not null");
    if (intervalDaysToNext.isPresent() && intervalDaysToNext.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "The interval to the next infusion must be 1 day or more, was "
              + intervalDaysToNext.getAsInt());
    }
    Objects.requireNonNull(decision, "I.INF_DECISION is required");
    reason = reason == null ? "" : reason.strip();
    if (decision == InfusionDecision.OVERRIDE && reason.isEmpty()) {
      throw new IllegalArgumentException(
          "I.INF_DECISION_REASON is required when I.INF_DECISION is OVERRIDE");
    }
  }

  /** An infusion whose next infusion is not recorded yet. */
  public static AdministeredInfusion withoutNext(
      BigDecimal doseMgPerKg, BigDecimal doseMg, InfusionDecision decision, String reason) {
    return new AdministeredInfusion(doseMgPerKg, doseMg, OptionalInt.empty(), decision, reason);
  }
}
