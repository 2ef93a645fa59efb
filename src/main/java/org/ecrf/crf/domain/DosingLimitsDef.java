package org.ecrf.crf.domain;

import java.math.BigDecimal;

/**
 * What dosing advice may never leave: interval and dose bounds, and the interval step (TOPIT
 * defaults: every 4 to 8 weeks in steps of 2, 5 to 10 mg/kg; domain spec §1.3, §1.5).
 */
public record DosingLimitsDef(
    int minIntervalWeeks,
    int maxIntervalWeeks,
    int intervalStepWeeks,
    BigDecimal minDoseMgPerKg,
    BigDecimal maxDoseMgPerKg) {}
