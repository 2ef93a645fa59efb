package org.ecrf.dosing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.dosing.domain.AdvisorSettings;
import org.ecrf.dosing.domain.DosingDerivation;
import org.ecrf.entry.application.ContextualDerivations;
import org.ecrf.entry.domain.DerivationOutcome;
import org.ecrf.entry.domain.Derivations;
import org.ecrf.entry.domain.EntryContext;
import org.ecrf.subject.domain.Subject;

/**
 * Offers the dosing advice ({@code DOSING/1}) to data entry: for every evaluation of a form, a
 * {@link DosingAdviceDerivations} that reads the child's trough and infusion forms at most once. A
 * child outside the guided arm has only its infusions read, never a level. The advisor's named
 * parameters are {@link AdvisorSettings#defaults()}.
 */
@ApplicationScoped
public class DosingDerivationSource implements ContextualDerivations {

  @Inject private DosingInputs inputs;

  @Override
  public String algorithm() {
    return DosingDerivation.NAME;
  }

  @Override
  public Derivations forEvaluation(
      Subject subject, StudyDefinition definition, EntryContext context) {
    return InfusionAdvisor.of(definition, AdvisorSettings.defaults())
        .<Derivations>map(
            advisor ->
                new DosingAdviceDerivations(
                    advisor,
                    context,
                    () ->
                        "TDM".equals(context.subject().armCode().orElse(""))
                            ? inputs.recordOf(subject)
                            : inputs.infusionsOf(subject)))
        .orElse(
            request ->
                new DerivationOutcome.NoValue("the study definition has no dosing rule set"));
  }
}
