package org.ecrf.crf.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The standard infliximab regimen (domain spec §1.5: 5 mg/kg IV at weeks 0, 2 and 6, then every 8
 * weeks).
 *
 * @param doseMgPerKg the dose per infusion
 * @param inductionWeeks the study weeks of the induction infusions
 * @param maintenanceIntervalWeeks the interval between maintenance infusions
 */
public record StandardRegimenDef(
    BigDecimal doseMgPerKg, List<Integer> inductionWeeks, int maintenanceIntervalWeeks) {

  public StandardRegimenDef {
    inductionWeeks = List.copyOf(inductionWeeks);
  }
}
