package org.ecrf.dosing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The infusion to advise on, as far as the infusion form itself knows it.
 *
 * @param armCode the child's arm code ({@code TDM}, {@code STANDARD}); empty before randomisation
 * @param eventOid the visit of the infusion
 * @param repeatKey the visit's repeat key
 * @param infusionDate the date of this infusion ({@code I.INF_DATE}, else the visit date)
 * @param weightKg the body weight of the day ({@code I.INF_WEIGHT_KG})
 */
public record InfusionCase(
    String armCode,
    String eventOid,
    int repeatKey,
    Optional<LocalDate> infusionDate,
    Optional<BigDecimal> weightKg) {

  public InfusionCase {
    armCode = armCode == null ? "" : armCode.strip();
    Objects.requireNonNull(eventOid, "eventOid");
    Objects.requireNonNull(infusionDate, "infusionDate must be empty, not null");
    Objects.requireNonNull(weightKg, "weightKg must be empty, not null");
  }
}
