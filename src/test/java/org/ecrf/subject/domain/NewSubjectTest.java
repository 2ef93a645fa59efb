package org.ecrf.subject.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewSubjectTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

  @Test
  void readsTheEnrolmentRequestOfIssue5() {
    NewSubject subject = NewSubject.parse("POT", "2014-05", "F", "CD", TODAY);
    assertThat(subject)
        .isEqualTo(new NewSubject("POT", BirthMonth.parse("2014-05"), Sex.F, Diagnosis.CD));
  }

  @Test
  void reportsEveryWrongFieldAtOnce() {
    SubjectInputException error =
        catchThrowableOfType(
            SubjectInputException.class,
            () -> NewSubject.parse("P", "2014-13", "U", "IBD-U", TODAY));
    assertThat(error.problems())
        .extracting(FieldProblem::field)
        .containsExactly("site", "birthMonth", "sex", "diagnosis");
    assertThat(error.field()).isEqualTo("site");
  }

  @Test
  void acceptsTheCurrentMonthAndRefusesAFutureBirthMonth() {
    assertThat(NewSubject.parse("pot", "2025-06", "M", "UC", TODAY).siteCode()).isEqualTo("POT");
    SubjectInputException error =
        catchThrowableOfType(
            SubjectInputException.class,
            () -> NewSubject.parse("POT", "2025-07", "M", "UC", TODAY));
    assertThat(error.problems())
        .containsExactly(
            new FieldProblem("birthMonth", "The birth month 2025-07 lies in the future"));
  }
}
