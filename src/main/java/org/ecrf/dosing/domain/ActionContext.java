package org.ecrf.dosing.domain;

/**
 * What an action works on: the rule that fired, the current regimen (already within the limits in
 * maintenance), the limits, and the re-induction interval.
 */
record ActionContext(
    DosingRule rule, Regimen current, DosingLimits limits, int reinductionIntervalWeeks) {}
