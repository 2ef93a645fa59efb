package org.ecrf.entry.application;

import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.domain.Derivations;
import org.ecrf.entry.domain.EntryContext;
import org.ecrf.subject.domain.Subject;

/**
 * Derived items whose inputs lie partly outside the form being evaluated, such as the dosing advice
 * ({@code DOSING/1}), which needs the trough level stored on another form of the visit and the
 * previous infusion. A capability offers them as a CDI bean; {@link PlatformDerivations} asks it
 * for a fresh {@link Derivations} per form evaluation, so that stored data are read at most once
 * per evaluation however many derived items use them.
 */
public interface ContextualDerivations {

  /** The algorithm name of the MethodDefs this computes, e.g. {@code DOSING}. */
  String algorithm();

  /**
   * The derivations for one evaluation of one form.
   *
   * @param subject the subject the form belongs to (access already checked by the caller)
   * @param definition the MetaDataVersion the form is entered under
   * @param context the subject facts and the visit of the form
   */
  Derivations forEvaluation(Subject subject, StudyDefinition definition, EntryContext context);
}
