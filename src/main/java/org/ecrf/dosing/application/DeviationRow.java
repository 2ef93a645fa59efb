package org.ecrf.dosing.application;

import java.util.List;
import java.util.Objects;

/**
 * One infusion in the protocol-deviation listing: what was recommended, what was given and decided,
 * and why it deviates. Numbers are plain decimal text; the interval to the next infusion is empty
 * while that infusion is not recorded.
 *
 * @param subjectKey the child
 * @param siteCode the child's site
 * @param armCode the child's arm
 * @param eventOid the visit of the infusion
 * @param repeatKey the visit's repeat key
 * @param infusionDate the date of the infusion
 * @param recommendedMgPerKg the recommended dose per kg
 * @param recommendedMg the recommended dose in mg for the weight of the day
 * @param recommendedIntervalWeeks the recommended weeks to the next infusion
 * @param ruleOid the rule that fired; empty for the standard regimen
 * @param givenMgPerKg the dose given per kg
 * @param givenMg the dose given in mg
 * @param intervalDaysToNext days to the next infusion; empty while it is not recorded
 * @param decision FOLLOW or OVERRIDE (the standard arm has no decision item and counts as FOLLOW)
 * @param decisionReason the reason of an override
 * @param reasons why it is a deviation (OVERRIDE, DOSE_MG_PER_KG, DOSE_MG, INTERVAL)
 * @param description one English sentence per reason
 */
public record DeviationRow(
    String subjectKey,
    String siteCode,
    String armCode,
    String eventOid,
    int repeatKey,
    String infusionDate,
    String recommendedMgPerKg,
    String recommendedMg,
    int recommendedIntervalWeeks,
    String ruleOid,
    String givenMgPerKg,
    String givenMg,
    String intervalDaysToNext,
    String decision,
    String decisionReason,
    List<String> reasons,
    String description) {

  public DeviationRow {
    Objects.requireNonNull(subjectKey, "subjectKey");
    reasons = List.copyOf(reasons);
  }
}
