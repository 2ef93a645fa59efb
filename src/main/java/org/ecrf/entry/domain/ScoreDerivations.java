package org.ecrf.entry.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.ecrf.crf.domain.MeasurementUnit;
import org.ecrf.scoring.domain.Derivation;
import org.ecrf.scoring.domain.ItemProblem;
import org.ecrf.scoring.domain.ScoreAlgorithms;
import org.ecrf.scoring.domain.ScoreInput;

/**
 * Computes derived items with the scoring registry (PUCAI, PCDAI, wPCDAI, SES-CD, UCEIS, Mayo,
 * Paris, BMI, DOSE_MG). The request's values are in their items' standard units; each is passed
 * with the standard unit's ODM Name (g/dL, %, kg), the unit spelling the scores accept. The subject
 * facts come from the entry context, with the visit date as the assessment date. An algorithm the
 * registry does not know, or a calculator refusing its input, gives no value with the reason, never
 * an exception: a nurse's save must not fail on a score.
 */
public final class ScoreDerivations implements Derivations {

  private final ScoreAlgorithms algorithms;

  public ScoreDerivations(ScoreAlgorithms algorithms) {
    this.algorithms = Objects.requireNonNull(algorithms, "algorithms");
  }

  /** With the scoring parameters proposed by the domain specification. */
  public static ScoreDerivations withDefaults() {
    return new ScoreDerivations(ScoreAlgorithms.withDefaults());
  }

  @Override
  public DerivationOutcome derive(DerivationRequest request) {
    String reference = request.algorithm().key();
    if (!algorithms.isKnown(reference)) {
      return new DerivationOutcome.NoValue(reference + " is not a score of this platform");
    }
    ScoreInput input =
        new ScoreInput(request.values(), units(request), request.context().scoreSubject());
    Derivation derivation;
    try {
      derivation = algorithms.derive(reference, input);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      return new DerivationOutcome.NoValue(reference + " could not be computed: " + e.getMessage());
    }
    if (derivation instanceof Derivation.Value value) {
      return new DerivationOutcome.Computed(value.value());
    }
    if (derivation instanceof Derivation.NoValue noValue) {
      return new DerivationOutcome.NoValue(noValue.reason());
    }
    Derivation.Incomplete incomplete = (Derivation.Incomplete) derivation;
    return new DerivationOutcome.Incomplete(
        incomplete.itemOids(),
        String.join("; ", incomplete.problems().stream().map(ItemProblem::toString).toList()));
  }

  /** Item OID to the Name of its standard unit, for every input with units. */
  private static Map<String, String> units(DerivationRequest request) {
    Map<String, String> units = new HashMap<>();
    for (String itemOid : request.values().keySet()) {
      request
          .standardUnitOid(itemOid)
          .flatMap(request.definition()::unit)
          .map(MeasurementUnit::name)
          .ifPresent(name -> units.put(itemOid, name));
    }
    return units;
  }
}
