package org.ecrf.crf.domain;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The subject facts an expression can see beside the form's item values. Unknown facts are empty (a
 * comparison with them is false).
 *
 * @param diagnosis CD or UC, empty when not yet recorded
 * @param armCode TDM or STANDARD, empty before randomisation
 * @param sex M or F, empty when unknown
 * @param ageYears completed years on the visit date, when known
 */
public record SubjectContext(String diagnosis, String armCode, String sex, OptionalInt ageYears) {

  /** Nothing known about the subject. */
  public static final SubjectContext UNKNOWN = new SubjectContext("", "", "", OptionalInt.empty());

  public SubjectContext {
    diagnosis = Objects.requireNonNullElse(diagnosis, "");
    armCode = Objects.requireNonNullElse(armCode, "");
    sex = Objects.requireNonNullElse(sex, "");
    ageYears = Objects.requireNonNullElse(ageYears, OptionalInt.empty());
  }

  /** The variable's value as text; empty when unknown. */
  public String value(ContextVariable variable) {
    return switch (variable) {
      case DIAGNOSIS -> diagnosis;
      case ARM -> armCode;
      case SEX -> sex;
      case AGE -> ageYears.isPresent() ? Integer.toString(ageYears.getAsInt()) : "";
    };
  }
}
