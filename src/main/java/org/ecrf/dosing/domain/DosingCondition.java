package org.ecrf.dosing.domain;

/**
 * The closed set of situations a dosing rule can react to. Their meaning is defined here, not in
 * the study definition, which only names them ({@code Condition} attribute). Conditions overlap (an
 * undetectable level is also below target): the rule set's order decides which rule fires.
 *
 * <p>All conditions are about a trough level that is present; a missing level fires no rule.
 * "Below", "within" and "above" refer to the target window of the visit (see {@link TargetWindow},
 * bounds inclusive).
 */
public enum DosingCondition {
  /**
   * The level is undetectable: entered as below the assay's lower limit of quantification (BLQ),
   * whatever that limit is, or reported as exactly 0 µg/mL.
   */
  UNDETECTABLE {
    @Override
    boolean holdsFor(TroughFindings findings) {
      return findings.undetectable();
    }
  },
  /**
   * Antibodies to infliximab are positive and the level is below the window's lower bound
   * (undetectable included). Antibodies not tested count as not positive.
   */
  ATI_POSITIVE_BELOW_TARGET {
    @Override
    boolean holdsFor(TroughFindings findings) {
      return findings.antibodiesPositive() && findings.below();
    }
  },
  /**
   * The level is below the lower bound (undetectable included) and the current interval is longer
   * than the rule set's minimum interval, so it can still be shortened.
   */
  BELOW_TARGET {
    @Override
    boolean holdsFor(TroughFindings findings) {
      return findings.below() && !findings.atMinimumInterval();
    }
  },
  /**
   * The level is below the lower bound (undetectable included) and the current interval is already
   * the minimum interval (or shorter).
   */
  BELOW_TARGET_AT_MIN_INTERVAL {
    @Override
    boolean holdsFor(TroughFindings findings) {
      return findings.below() && findings.atMinimumInterval();
    }
  },
  /**
   * The level is strictly above the upper bound. Never holds for a window without an upper bound
   * (week 14 in TOPIT).
   */
  ABOVE_TARGET {
    @Override
    boolean holdsFor(TroughFindings findings) {
      return findings.position() == TroughPosition.ABOVE;
    }
  },
  /**
   * The level is within the window, both bounds included: low &le; level &le; high, or low &le;
   * level when the window has no upper bound.
   */
  IN_TARGET {
    @Override
    boolean holdsFor(TroughFindings findings) {
      return findings.position() == TroughPosition.WITHIN;
    }
  };

  /** True when this condition describes the given findings. */
  abstract boolean holdsFor(TroughFindings findings);

  /**
   * The condition named by a rule's {@code Condition} attribute.
   *
   * @throws IllegalArgumentException naming the allowed values when {@code code} is not one
   */
  public static DosingCondition fromCode(String code) {
    return Codes.lookUp(DosingCondition.class, code, "dosing rule Condition");
  }
}
