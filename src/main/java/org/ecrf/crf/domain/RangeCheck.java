package org.ecrf.crf.domain;

import java.util.List;
import java.util.Optional;

/**
 * An edit check of one item (ODM RangeCheck): either a comparison with CheckValues or a
 * FormalExpression that must hold.
 *
 * @param comparator how the value compares with the check values; empty for an expression check
 * @param softHard whether a failure can be confirmed (soft) or blocks the value (hard)
 * @param checkValues the CheckValues, written in the item's data type
 * @param expressions FormalExpressions (instead of check values)
 * @param unitOid the unit the check values are in, when the item has several units
 * @param errorMessage the message shown when the check fails
 */
public record RangeCheck(
    Optional<RangeComparator> comparator,
    SoftHard softHard,
    List<String> checkValues,
    List<FormalExpression> expressions,
    Optional<String> unitOid,
    LocalizedText errorMessage) {

  public RangeCheck {
    checkValues = List.copyOf(checkValues);
    expressions = List.copyOf(expressions);
  }
}
