package org.ecrf.entry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.domain.DerivationOutcome;
import org.ecrf.entry.domain.Derivations;
import org.ecrf.entry.domain.EntryContext;
import org.ecrf.entry.domain.ScoreDerivations;
import org.ecrf.subject.domain.Subject;

/**
 * The derived items the platform computes: scores and derived measures through the scoring
 * registry, and the algorithms of every {@link ContextualDerivations} bean (the dosing advice),
 * built afresh for each form evaluation. An algorithm no bean offers gives no value and says so, so
 * that nobody mistakes an empty recommendation for advice.
 */
@ApplicationScoped
class PlatformDerivations {

  private static final Derivations WITHOUT_STORED_DATA =
      Derivations.byAlgorithm(
          Map.of("DOSING", request -> notComputed()), ScoreDerivations.withDefaults());

  @Inject @Any private Instance<ContextualDerivations> contextual;

  /** The derivations for one evaluation of a form of {@code subject}. */
  Derivations forForm(Subject subject, StudyDefinition definition, EntryContext context) {
    Map<String, Derivations> byAlgorithm = new HashMap<>();
    byAlgorithm.put("DOSING", request -> notComputed());
    for (ContextualDerivations bean : contextual) {
      byAlgorithm.put(bean.algorithm(), bean.forEvaluation(subject, definition, context));
    }
    return Derivations.byAlgorithm(byAlgorithm, ScoreDerivations.withDefaults());
  }

  /**
   * The derivations that need nothing but the form's own values (scores); the dosing advice says it
   * is not computed. For evaluations without a stored subject, such as tests of the engine.
   */
  static Derivations withoutStoredData() {
    return WITHOUT_STORED_DATA;
  }

  private static DerivationOutcome notComputed() {
    return new DerivationOutcome.NoValue("the dosing advice is not computed here");
  }
}
