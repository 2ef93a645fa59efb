package org.ecrf.randomization.domain;

import java.util.List;
import java.util.Objects;

/**
 * A stratification factor and its possible levels, e.g. {@code DIAGNOSIS} with {@code CD} and
 * {@code UC}, or {@code SITE} with the site codes. The order of the levels is the order of the
 * strata in lists and reports.
 *
 * @param factor the factor's name, also the column name in an uploaded list
 * @param levels its levels, at least one, without duplicates
 */
public record FactorLevels(String factor, List<String> levels) {

  public FactorLevels {
    Objects.requireNonNull(factor, "factor");
    levels = List.copyOf(levels);
  }

  public static FactorLevels of(String factor, String... levels) {
    return new FactorLevels(factor, List.of(levels));
  }
}
