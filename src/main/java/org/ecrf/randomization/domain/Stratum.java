package org.ecrf.randomization.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One stratum of the randomisation: a level for each stratification factor, e.g. {@code
 * DIAGNOSIS=CD;SITE=POT}. Every stratum has its own sequence of permuted blocks. Obtain strata from
 * {@link RandomizationConfiguration#stratumOf} so that only configured factors and levels occur.
 *
 * @param levels factor name to level, in the configuration's factor order; empty for an
 *     unstratified study
 */
public record Stratum(Map<String, String> levels) {

  /** Separates the factors in {@link #key()}. */
  public static final String FACTOR_SEPARATOR = ";";

  /** Separates a factor from its level in {@link #key()}. */
  public static final String LEVEL_SEPARATOR = "=";

  public Stratum {
    levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
  }

  /**
   * The canonical text form, {@code FACTOR=LEVEL;FACTOR=LEVEL} in factor order (empty for an
   * unstratified study). It is what the generator's random stream and the list's fingerprint are
   * computed from, and what a database column can store.
   */
  public String key() {
    return levels.entrySet().stream()
        .map(entry -> entry.getKey() + LEVEL_SEPARATOR + entry.getValue())
        .collect(Collectors.joining(FACTOR_SEPARATOR));
  }

  /**
   * Reads a {@link #key()} back. The result is not checked against a configuration: pass it to
   * {@link RandomizationConfiguration#stratumOf(Map)} for that.
   *
   * @throws IllegalArgumentException when a part is not {@code FACTOR=LEVEL}
   */
  public static Stratum parse(String key) {
    Map<String, String> levels = new LinkedHashMap<>();
    if (key == null || key.isEmpty()) {
      return new Stratum(levels);
    }
    for (String part : key.split(FACTOR_SEPARATOR, -1)) {
      String[] factorAndLevel = part.split(LEVEL_SEPARATOR, -1);
      if (factorAndLevel.length != 2
          || factorAndLevel[0].isEmpty()
          || factorAndLevel[1].isEmpty()
          || levels.putIfAbsent(factorAndLevel[0], factorAndLevel[1]) != null) {
        throw new IllegalArgumentException(
            "A stratum is written FACTOR=LEVEL;FACTOR=LEVEL with each factor once, not '"
                + key
                + "'");
      }
    }
    return new Stratum(levels);
  }

  /** The level of one factor, or null when the stratum has no such factor. */
  public String level(String factor) {
    return levels.get(factor);
  }

  @Override
  public String toString() {
    return levels.isEmpty() ? "(unstratified)" : key();
  }
}
