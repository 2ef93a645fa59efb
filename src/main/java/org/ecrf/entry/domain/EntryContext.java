package org.ecrf.entry.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalInt;
import org.ecrf.scoring.domain.Sex;
import org.ecrf.subject.domain.Diagnosis;

/**
 * Who and when a form is entered for: the subject, the facts known about them and the visit. It
 * gives expressions their {@code $} variables and scores their subject facts.
 *
 * <p>Ages are completed years on the visit date with the first day of the birth month as the date
 * of birth, the convention of the subject and scoring domains (issue 5); a visit date before that
 * day gives no age rather than a negative one.
 *
 * @param subjectKey the ODM SubjectKey, e.g. {@code POT-0007}
 * @param subject sex, birth month, diagnosis, arm
 * @param visit the event, its repeat key and date
 */
public record EntryContext(String subjectKey, SubjectFacts subject, VisitContext visit) {

  public EntryContext {
    Objects.requireNonNull(subjectKey, "subjectKey");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(visit, "visit");
  }

  /** Age in completed years on the visit date; empty when birth month or visit date is unknown. */
  public OptionalInt ageOnVisitDate() {
    if (subject.birthMonth().isEmpty() || visit.date().isEmpty()) {
      return OptionalInt.empty();
    }
    LocalDate birthDate = subject.birthMonth().get().atDay(1);
    LocalDate visitDate = visit.date().get();
    if (visitDate.isBefore(birthDate)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Period.between(birthDate, visitDate).getYears());
  }

  /** The subject facts as expressions see them: codes as text, empty when unknown. */
  public org.ecrf.crf.domain.SubjectContext expressionContext() {
    return new org.ecrf.crf.domain.SubjectContext(
        subject.diagnosis().map(Diagnosis::name).orElse(""),
        subject.armCode().orElse(""),
        subject.sex().map(Enum::name).orElse(""),
        ageOnVisitDate());
  }

  /** The subject facts as scores see them; the assessment date is the visit date. */
  public org.ecrf.scoring.domain.SubjectContext scoreSubject() {
    Sex sex =
        subject
            .sex()
            .map(s -> s == org.ecrf.subject.domain.Sex.M ? Sex.MALE : Sex.FEMALE)
            .orElse(null);
    YearMonth birthMonth = subject.birthMonth().orElse(null);
    return new org.ecrf.scoring.domain.SubjectContext(sex, birthMonth, visit.date().orElse(null));
  }
}
