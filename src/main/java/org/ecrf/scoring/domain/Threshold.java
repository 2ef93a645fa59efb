package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cut-point with its comparison, such as "&ge; 65" or "&gt; 12.5": the unit of every category
 * boundary and response rule that the sources word differently.
 */
public record Threshold(Comparison comparison, BigDecimal value) {

  private static final Pattern SYNTAX = Pattern.compile("(<=|>=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)");

  public Threshold {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(value, "value");
  }

  public static Threshold below(String value) {
    return new Threshold(Comparison.BELOW, new BigDecimal(value));
  }

  public static Threshold atMost(String value) {
    return new Threshold(Comparison.AT_MOST, new BigDecimal(value));
  }

  public static Threshold atLeast(String value) {
    return new Threshold(Comparison.AT_LEAST, new BigDecimal(value));
  }

  public static Threshold above(String value) {
    return new Threshold(Comparison.ABOVE, new BigDecimal(value));
  }

  /**
   * Reads a threshold written as in the sources and in study configuration: an operator ({@code <},
   * {@code <=}, {@code >=}, {@code >}) and a number, for example {@code ">= 17.5"}.
   *
   * @throws IllegalArgumentException when the text is not of that form
   */
  public static Threshold parse(String text) {
    Matcher matcher = SYNTAX.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "A threshold is an operator (<, <=, >=, >) and a number, for example '>= 17.5': '"
              + text
              + "'");
    }
    for (Comparison comparison : Comparison.values()) {
      if (comparison.symbol().equals(matcher.group(1))) {
        return new Threshold(comparison, new BigDecimal(matcher.group(2)));
      }
    }
    throw new IllegalStateException("Operator without a comparison: " + matcher.group(1));
  }

  /** Whether {@code candidate} meets this threshold. */
  public boolean isMetBy(BigDecimal candidate) {
    return comparison.holds(candidate, value);
  }

  /** For example {@code ">= 65"}. */
  @Override
  public String toString() {
    return comparison.symbol() + " " + value.toPlainString();
  }
}
