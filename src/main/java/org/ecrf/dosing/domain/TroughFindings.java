package org.ecrf.dosing.domain;

/**
 * The facts the rule conditions test, established once per advice from the trough result, the
 * antibody status, the target window of the visit and the current interval.
 *
 * @param position where the level lies in the window; BELOW for an undetectable level
 * @param undetectable below the assay's LLOQ, or reported as 0
 * @param antibodiesPositive antibodies to infliximab reported positive
 * @param atMinimumInterval the current interval is at (or below) the rule set's minimum
 */
record TroughFindings(
    TroughPosition position,
    boolean undetectable,
    boolean antibodiesPositive,
    boolean atMinimumInterval) {

  boolean below() {
    return position == TroughPosition.BELOW;
  }
}
