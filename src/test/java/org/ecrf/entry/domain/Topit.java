package org.ecrf.entry.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.subject.domain.Diagnosis;
import org.ecrf.subject.domain.Sex;
import org.ecrf.testing.TopitDefinition;

/** The real TOPIT definition (read once per test run; it is immutable) and typical contexts. */
final class Topit {

  static final LocalDate VISIT_DATE = LocalDate.of(2026, 3, 2);

  private Topit() {}

  static StudyDefinition definition() {
    return TopitDefinition.get();
  }

  /** A 12-year-old girl at a visit on {@link #VISIT_DATE}. */
  static EntryContext child(Diagnosis diagnosis, String arm, String eventOid) {
    return new EntryContext(
        "POT-0007",
        SubjectFacts.of(Sex.F, YearMonth.of(2013, 11), diagnosis, arm),
        VisitContext.of(eventOid, VISIT_DATE));
  }

  static EntryContext ucChild() {
    return child(Diagnosis.UC, "TDM", "SE.WEEK0");
  }

  static FormEvaluation evaluate(String formOid, FormValues values, EntryContext context) {
    return FormEvaluator.evaluate(
        definition(), formOid, values, context, ScoreDerivations.withDefaults());
  }
}
