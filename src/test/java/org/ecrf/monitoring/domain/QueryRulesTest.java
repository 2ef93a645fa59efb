package org.ecrf.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.ecrf.monitoring.domain.TransitionDecision.Verdict;
import org.ecrf.security.domain.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class QueryRulesTest {

  @ParameterizedTest(name = "{0} -> {1} by {2}: {3}")
  @CsvFileSource(resources = "/monitoring/query-moves.csv", numLinesToSkip = 1)
  void siteAnswersReviewersCloseAndReopenAndAClosedQueryTakesNoMessage(
      QueryStatus from, QueryStatus to, Role role, Verdict verdict) {
    TransitionDecision decision = QueryRules.decide(from, to, EnumSet.of(role));

    assertThat(decision.verdict()).as(decision.reason()).isEqualTo(verdict);
    assertThat(decision.reason().isEmpty()).isEqualTo(verdict == Verdict.ALLOWED);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "MONITOR, true",
    "DATA_MANAGER, true",
    "INVESTIGATOR, false",
    "NURSE, false",
    "SPONSOR, false",
    "ADMIN, false"
  })
  void onlyMonitorsAndDataManagersRaiseQueriesByHand(Role role, boolean mayRaise) {
    assertThat(QueryRules.mayRaise(EnumSet.of(role))).isEqualTo(mayRaise);
  }

  @ParameterizedTest(name = "{0}: unresolved {1}")
  @CsvSource({"OPEN, true", "ANSWERED, true", "CLOSED, false"})
  void openAndAnsweredQueriesAreUnresolved(QueryStatus status, boolean unresolved) {
    assertThat(status.isUnresolved()).isEqualTo(unresolved);
  }
}
