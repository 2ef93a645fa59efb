package org.ecrf.crf.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An edit check of one item (ODM RangeCheck): either a comparison of the value with CheckValues, or
 * a FormalExpression that must hold for the value to be accepted.
 *
 * @param comparator how the value compares with the check values; empty for an expression check
 * @param softHard whether a failure can be confirmed (soft) or blocks the value (hard)
 * @param checkValues the CheckValues, written in the item's data type
 * @param expressions FormalExpressions (instead of check values)
 * @param unitOid the unit the check values are in; empty means the item's standard unit
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

  /**
   * Whether a value passes the check; the same answer for the live page and for imports. An empty
   * value passes (whether a value is required is the ItemRef's Mandatory, not a range check). The
   * value must be in the check's unit ({@link #unitOid()}, else the item's standard unit). Numbers
   * compare as numbers, other values as text (ISO dates in order). An expression check evaluates
   * its expression over the form's values (which include this value); a check the platform cannot
   * evaluate (another expression language) passes.
   */
  public boolean accepts(String value, Map<String, String> formValues, SubjectContext subject) {
    if (value == null || value.isBlank()) {
      return true;
    }
    if (!expressions.isEmpty()) {
      return expressions.stream()
          .flatMap(e -> e.parsed().stream())
          .findFirst()
          .map(e -> e.holds(formValues, subject))
          .orElse(true);
    }
    if (comparator.isEmpty() || checkValues.isEmpty()) {
      return true;
    }
    return switch (comparator.get()) {
      case LT -> ValueComparison.holds(value, ComparisonOperator.LT, checkValues.get(0));
      case LE -> ValueComparison.holds(value, ComparisonOperator.LE, checkValues.get(0));
      case GT -> ValueComparison.holds(value, ComparisonOperator.GT, checkValues.get(0));
      case GE -> ValueComparison.holds(value, ComparisonOperator.GE, checkValues.get(0));
      case EQ -> ValueComparison.holds(value, ComparisonOperator.EQ, checkValues.get(0));
      case NE -> ValueComparison.holds(value, ComparisonOperator.NE, checkValues.get(0));
      case IN -> isOneOf(value);
      case NOTIN -> !isOneOf(value);
    };
  }

  private boolean isOneOf(String value) {
    return checkValues.stream()
        .anyMatch(v -> ValueComparison.holds(value, ComparisonOperator.EQ, v));
  }
}
