package org.ecrf.dosing.domain;

import java.math.BigDecimal;

/**
 * The infliximab trough level drawn before an infusion: a measured value in µg/mL, a result below
 * the assay's lower limit of quantification (BLQ, {@code I.TROUGH_IFX_BLQ = Y}), or no result. Both
 * a BLQ result and a measured 0 count as undetectable.
 */
public sealed interface TroughResult
    permits TroughResult.Measured, TroughResult.BelowLloq, TroughResult.NotAvailable {

  /** A measured level; 0 counts as undetectable. */
  static TroughResult measured(BigDecimal ugPerMl) {
    return new Measured(ugPerMl);
  }

  /** A measured level from its decimal text, e.g. {@code "3.2"}. */
  static TroughResult measured(String ugPerMl) {
    return new Measured(new BigDecimal(ugPerMl));
  }

  /** A level reported below the lower limit of quantification of the assay. */
  static TroughResult belowLloq(BigDecimal lloqUgPerMl) {
    return new BelowLloq(lloqUgPerMl);
  }

  /** No trough result for this infusion. */
  static TroughResult notAvailable() {
    return new NotAvailable();
  }

  /** False when there is no result. */
  boolean available();

  /** True for a BLQ result or a measured 0. */
  boolean undetectable();

  /** Human-readable result for the advice text, e.g. "3.2 µg/mL". */
  String describe();

  /**
   * A measured level.
   *
   * @param ugPerMl 0 or more, in µg/mL (= mg/L)
   */
  record Measured(BigDecimal ugPerMl) implements TroughResult {
    public Measured {
      ugPerMl = Decimals.notNegative(ugPerMl, "Trough level (µg/mL)");
    }

    @Override
    public boolean available() {
      return true;
    }

    @Override
    public boolean undetectable() {
      return ugPerMl.signum() == 0;
    }

    @Override
    public String describe() {
      return Decimals.text(ugPerMl) + " µg/mL";
    }
  }

  /**
   * Below the assay's lower limit of quantification.
   *
   * @param lloqUgPerMl the assay's LLOQ in µg/mL, greater than 0 (for the record; a BLQ result is
   *     undetectable whatever its LLOQ)
   */
  record BelowLloq(BigDecimal lloqUgPerMl) implements TroughResult {
    public BelowLloq {
      lloqUgPerMl = Decimals.positive(lloqUgPerMl, "Assay LLOQ (µg/mL)");
    }

    @Override
    public boolean available() {
      return true;
    }

    @Override
    public boolean undetectable() {
      return true;
    }

    @Override
    public String describe() {
      return "below the assay's LLOQ of " + Decimals.text(lloqUgPerMl) + " µg/mL";
    }
  }

  /** No result. */
  record NotAvailable() implements TroughResult {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public boolean undetectable() {
      return false;
    }

    @Override
    public String describe() {
      return "no result";
    }
  }
}
