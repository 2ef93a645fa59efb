package org.ecrf.crf.domain;

import java.util.Collection;
import java.util.Set;

/**
 * Says whether the platform implements an algorithm output, asked as {@code NAME/VERSION:output}
 * (e.g. {@code PUCAI/1:total}). The validator uses it for every MethodDef; the application wires
 * the real registries (scores, dosing), tests may use a fixed set.
 */
@FunctionalInterface
public interface KnownAlgorithms {

  /** True when {@code output} (NAME/VERSION:output) is implemented. */
  boolean isKnown(String output);

  /** Exactly the given outputs, each written NAME/VERSION:output. */
  static KnownAlgorithms of(Collection<String> outputs) {
    Set<String> known = Set.copyOf(outputs);
    return known::contains;
  }

  /** Knows no algorithm at all (every MethodDef is then unevaluable). */
  static KnownAlgorithms none() {
    return output -> false;
  }
}
