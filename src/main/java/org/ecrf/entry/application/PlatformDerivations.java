package org.ecrf.entry.application;

import java.util.Map;
import org.ecrf.entry.domain.DerivationOutcome;
import org.ecrf.entry.domain.Derivations;
import org.ecrf.entry.domain.ScoreDerivations;

/**
 * The derived items the platform computes: scores and derived measures through the scoring
 * registry; the dosing advice ({@code DOSING/1}) is not computed yet and says so, so that nobody
 * mistakes an empty recommendation for advice.
 */
final class PlatformDerivations {

  private static final Derivations ALL =
      Derivations.byAlgorithm(
          Map.of(
              "DOSING",
              request ->
                  new DerivationOutcome.NoValue(
                      "the dosing advice is not computed by this version")),
          ScoreDerivations.withDefaults());

  private PlatformDerivations() {}

  static Derivations all() {
    return ALL;
  }
}
