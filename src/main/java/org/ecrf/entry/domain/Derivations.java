package org.ecrf.entry.domain;

import java.util.Map;
import java.util.Objects;

/**
 * Computes derived items (ItemRefs with a MethodOID whose MethodDef names a Java algorithm). The
 * engine asks for every derived item that is collected, after reading the entered values, and
 * stores exactly what the outcome says. {@link ScoreDerivations} computes the scores; the
 * application adds dosing advice ({@code DOSING/1}), which needs data of other forms, with {@link
 * #byAlgorithm}.
 */
@FunctionalInterface
public interface Derivations {

  /** The outcome for one derived item; never {@code null}. */
  DerivationOutcome derive(DerivationRequest request);

  /** Computes nothing: every derived item stays empty, naming its algorithm. */
  static Derivations none() {
    return request -> new DerivationOutcome.NoValue(request.algorithm() + " is not computed here");
  }

  /**
   * Sends each request to the derivations registered for its algorithm name (e.g. {@code DOSING}),
   * and every other request to {@code otherwise}.
   */
  static Derivations byAlgorithm(Map<String, Derivations> byName, Derivations otherwise) {
    Map<String, Derivations> routes = Map.copyOf(byName);
    Objects.requireNonNull(otherwise, "otherwise");
    return request ->
        routes.getOrDefault(request.algorithm().algorithm().name(), otherwise).derive(request);
  }
}
