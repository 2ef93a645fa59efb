package org.ecrf.scoring.domain;

import java.math.BigDecimal;

/**
 * How a value is compared with a cut-point. Published score tables differ exactly here ("&lt;10" vs
 * "&le;10", "&gt;12.5" vs "&ge;12.5"), so every disputed cut-point carries its comparison as a
 * parameter.
 */
public enum Comparison {
  /** value &lt; cut-point */
  BELOW("<"),
  /** value &le; cut-point */
  AT_MOST("<="),
  /** value &ge; cut-point */
  AT_LEAST(">="),
  /** value &gt; cut-point */
  ABOVE(">");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in the sources ({@code <}, {@code <=}, {@code >=}, {@code >}). */
  public String symbol() {
    return symbol;
  }

  /** Whether {@code value} stands in this relation to {@code cutPoint} (numerically). */
  public boolean holds(BigDecimal value, BigDecimal cutPoint) {
    int order = value.compareTo(cutPoint);
    return switch (this) {
      case BELOW -> order < 0;
      case AT_MOST -> order <= 0;
      case AT_LEAST -> order >= 0;
      case ABOVE -> order > 0;
    };
  }
}
