package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A complete activity score: its algorithm, the total, the points of every item (by item OID, in
 * form order) and the activity category. Points are decimals because the PCDAI and wPCDAI score in
 * steps of 2.5.
 */
public record Score(
    AlgorithmId algorithm,
    BigDecimal total,
    Map<String, BigDecimal> components,
    ActivityCategory category) {

  public Score {
    Objects.requireNonNull(algorithm, "algorithm");
    total = Points.normalized(Objects.requireNonNull(total, "total"));
    Map<String, BigDecimal> ordered = new LinkedHashMap<>();
    components.forEach((oid, points) -> ordered.put(oid, Points.normalized(points)));
    components = Collections.unmodifiableMap(ordered);
    Objects.requireNonNull(category, "category");
  }

  /** Builds a score whose total is the sum of its components. */
  static Score summing(
      AlgorithmId algorithm,
      Map<String, BigDecimal> components,
      Function<BigDecimal, ActivityCategory> categorize) {
    BigDecimal total = components.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Score(algorithm, total, components, categorize.apply(total));
  }
}
