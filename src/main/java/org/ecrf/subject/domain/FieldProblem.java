package org.ecrf.subject.domain;

/**
 * What is wrong with one input field.
 *
 * @param field the field as the enrolment request names it ({@code site}, {@code birthMonth},
 *     {@code sex}, {@code diagnosis}, {@code subjectKey})
 * @param message what is wrong and what is expected, in English
 */
public record FieldProblem(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
