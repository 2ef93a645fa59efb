package org.ecrf.entry.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.subject.domain.Diagnosis;
import org.ecrf.subject.domain.Sex;

/**
 * What data entry knows about the subject beside the form: the facts skip logic ({@code $SEX},
 * {@code $DIAGNOSIS}, {@code $ARM}, {@code $AGE}) and scores (PCDAI needs sex and age) depend on.
 * Each may be unknown.
 *
 * @param sex M or F
 * @param birthMonth month and year of birth, the only birth data recorded
 * @param diagnosis CD or UC
 * @param armCode the arm code (TDM, STANDARD); empty before randomisation
 */
public record SubjectFacts(
    Optional<Sex> sex,
    Optional<YearMonth> birthMonth,
    Optional<Diagnosis> diagnosis,
    Optional<String> armCode) {

  /** Nothing known. */
  public static final SubjectFacts UNKNOWN =
      new SubjectFacts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public SubjectFacts {
    sex = Objects.requireNonNullElse(sex, Optional.<Sex>empty());
    birthMonth = Objects.requireNonNullElse(birthMonth, Optional.<YearMonth>empty());
    diagnosis = Objects.requireNonNullElse(diagnosis, Optional.<Diagnosis>empty());
    armCode =
        Objects.requireNonNullElse(armCode, Optional.<String>empty()).filter(a -> !a.isBlank());
  }

  /** The facts of a subject; any argument may be {@code null} when unknown. */
  public static SubjectFacts of(
      Sex sex, YearMonth birthMonth, Diagnosis diagnosis, String armCode) {
    return new SubjectFacts(
        Optional.ofNullable(sex),
        Optional.ofNullable(birthMonth),
        Optional.ofNullable(diagnosis),
        Optional.ofNullable(armCode));
  }
}
