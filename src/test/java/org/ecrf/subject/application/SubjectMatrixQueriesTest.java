package org.ecrf.subject.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.ecrf.subject.application.SubjectMatrixQueries.Criteria;
import org.ecrf.subject.domain.Diagnosis;
import org.ecrf.subject.domain.SubjectStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query texts the matrix builds: only fixed texts and named parameters. */
class SubjectMatrixQueriesTest {

  @ParameterizedTest(name = "{0} {1} orders by {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "KEY        | true  | s.subjectKey ASC",
        "KEY        | false | s.subjectKey DESC",
        "REGISTERED | true  | s.registeredAt ASC, s.subjectKey ASC",
        "REGISTERED | false | s.registeredAt DESC, s.subjectKey ASC"
      })
  void keyAndRegistrationOrdersFallBackToTheKey(
      SubjectSort.Field field, boolean ascending, String orderBy) {
    assertThat(SubjectMatrixQueries.orderBy(new SubjectSort(field, ascending))).isEqualTo(orderBy);
  }

  @Test
  void statusOrdersByTheSubjectsCourseNotTheAlphabet() {
    String orderBy = SubjectMatrixQueries.orderBy(new SubjectSort(SubjectSort.Field.STATUS, false));

    assertThat(orderBy)
        .startsWith("CASE s.status WHEN org.ecrf.subject.domain.SubjectStatus.SCREENING THEN 0")
        .contains("SubjectStatus.RANDOMISED THEN 3")
        .endsWith("THEN 5 ELSE 6 END DESC, s.subjectKey ASC");
  }

  @Test
  void aSiteFilterNarrowsTheVisibleSitesAndNeverWidensThem() {
    SubjectFilter pot = SubjectFilter.parse(null, null, null, "POT");

    assertThat(Criteria.of("TOPIT", pot, Set.of("BER", "POT")).sites()).containsExactly("POT");
    assertThat(Criteria.of("TOPIT", pot, Set.of("BER")).sites()).isEmpty();
    assertThat(Criteria.of("TOPIT", SubjectFilter.NONE, Set.of("POT", "BER")).sites())
        .containsExactly("BER", "POT");
  }

  @Test
  void onlyTheFiltersGivenBecomeConditions() {
    assertThat(Criteria.of("TOPIT", SubjectFilter.NONE, Set.of("POT")).jpql())
        .isEqualTo("s.studyOid = :study AND s.site.code IN :sites");
    SubjectFilter all =
        new SubjectFilter(
            "POT-00",
            Optional.of(SubjectStatus.ENROLLED),
            Optional.of(Diagnosis.CD),
            Optional.empty());
    assertThat(Criteria.of("TOPIT", all, Set.of("POT")).jpql())
        .isEqualTo(
            "s.studyOid = :study AND s.site.code IN :sites AND s.subjectKey LIKE :key"
                + " AND s.status = :status AND s.diagnosis = :diagnosis");
  }
}
