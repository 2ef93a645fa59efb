package org.ecrf.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalInt;
import org.ecrf.subject.domain.Diagnosis;
import org.ecrf.subject.domain.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryContextTest {

  private static EntryContext context(SubjectFacts facts, LocalDate visitDate) {
    return new EntryContext("POT-0007", facts, VisitContext.of("SE.WEEK0", visitDate));
  }

  @ParameterizedTest(name = "born {0}, visit {1}: {2}")
  @CsvSource({
    "2014-05, 2026-04-30, 11",
    "2014-05, 2026-05-01, 12",
    "2014-05, 2026-05-31, 12",
    "2014-05, 2014-05-01, 0",
    "2014-02, 2026-01-31, 11",
    "2014-02, 2026-02-01, 12"
  })
  void countsCompletedYearsFromTheFirstOfTheBirthMonth(
      String birthMonth, String visitDate, int expectedAge) {
    EntryContext context =
        context(
            SubjectFacts.of(null, YearMonth.parse(birthMonth), null, null),
            LocalDate.parse(visitDate));

    assertThat(context.ageOnVisitDate()).isEqualTo(OptionalInt.of(expectedAge));
    assertThat(context.expressionContext().ageYears()).isEqualTo(OptionalInt.of(expectedAge));
  }

  @Test
  void hasNoAgeWithoutBirthMonthOrVisitDateOrBeforeBirth() {
    SubjectFacts born2014 = SubjectFacts.of(null, YearMonth.of(2014, 5), null, null);

    assertThat(context(SubjectFacts.UNKNOWN, LocalDate.of(2026, 1, 1)).ageOnVisitDate()).isEmpty();
    assertThat(context(born2014, null).ageOnVisitDate()).isEmpty();
    assertThat(context(born2014, LocalDate.of(2014, 4, 30)).ageOnVisitDate()).isEmpty();
  }

  @Test
  void givesExpressionsTheCodesAndEmptyTextForUnknownFacts() {
    var known =
        context(
                SubjectFacts.of(Sex.F, YearMonth.of(2014, 5), Diagnosis.UC, "TDM"),
                LocalDate.of(2026, 6, 1))
            .expressionContext();
    var unknown = context(SubjectFacts.UNKNOWN, null).expressionContext();

    assertThat(known.sex()).isEqualTo("F");
    assertThat(known.diagnosis()).isEqualTo("UC");
    assertThat(known.armCode()).isEqualTo("TDM");
    assertThat(unknown.sex()).isEmpty();
    assertThat(unknown.diagnosis()).isEmpty();
    assertThat(unknown.armCode()).isEmpty();
  }

  @Test
  void givesScoresSexBirthMonthAndTheVisitDateAsAssessmentDate() {
    var subject =
        context(
                SubjectFacts.of(Sex.M, YearMonth.of(2014, 5), Diagnosis.CD, null),
                LocalDate.of(2026, 6, 1))
            .scoreSubject();

    assertThat(subject.sex()).isEqualTo(org.ecrf.scoring.domain.Sex.MALE);
    assertThat(subject.birthMonth()).isEqualTo(YearMonth.of(2014, 5));
    assertThat(subject.assessmentDate()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(context(SubjectFacts.UNKNOWN, null).scoreSubject().sex()).isNull();
  }
}
