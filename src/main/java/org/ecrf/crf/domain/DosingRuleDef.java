package org.ecrf.crf.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One dosing rule as written in the study definition. Condition and action are names from the
 * closed sets of the extension schema; their meaning is implemented in {@code
 * org.ecrf.dosing.domain}.
 *
 * @param oid e.g. {@code DR.SHORTEN}
 * @param condition e.g. BELOW_TARGET
 * @param action e.g. SHORTEN_INTERVAL
 * @param doseMgPerKg the dose for actions that set one (INCREASE_DOSE, REINDUCE)
 * @param source the publication or guidance the rule follows
 * @param rationale why, in plain words for the investigator
 */
public record DosingRuleDef(
    String oid,
    String condition,
    String action,
    Optional<BigDecimal> doseMgPerKg,
    String source,
    String rationale) {}
