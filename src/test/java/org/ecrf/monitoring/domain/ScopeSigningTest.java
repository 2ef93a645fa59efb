package org.ecrf.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.ecrf.entry.domain.FormStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ScopeSigningTest {

  @ParameterizedTest(name = "{0}, {1} open queries, {2} SDV pending, signed={3}: {4}")
  @CsvFileSource(resources = "/monitoring/scope-signing.csv", numLinesToSkip = 1)
  void judgesEachFormOfAVisitByTheFormsOwnSigningRule(
      FormStatus status, int openQueries, int sdvPending, boolean signed, String outcome) {
    ScopeSigning.Candidate<String> ready = candidate("F.PUCAI", FormStatus.COMPLETE, 0, 0, false);
    ScopeSigning.Candidate<String> judged =
        candidate("F.LAB", status, openQueries, sdvPending, signed);

    ScopeSigning.Plan<String> plan = ScopeSigning.plan(List.of(ready, judged));

    switch (outcome) {
      case "SIGN" -> {
        assertThat(plan.toSign()).containsExactly("F.PUCAI", "F.LAB");
        assertThat(plan.isBlocked()).isFalse();
      }
      case "ALREADY" -> {
        assertThat(plan.toSign()).containsExactly("F.PUCAI");
        assertThat(plan.alreadySigned()).containsExactly("F.LAB");
        assertThat(plan.isBlocked()).isFalse();
      }
      default -> {
        assertThat(plan.isBlocked()).isTrue();
        assertThat(plan.blockers())
            .singleElement()
            .satisfies(
                blocker -> {
                  assertThat(blocker.form()).isEqualTo("F.LAB");
                  assertThat(blocker.reason()).isNotBlank();
                });
      }
    }
  }

  @Test
  void namesEveryBlockingFormWithItsOwnReason() {
    ScopeSigning.Plan<String> plan =
        ScopeSigning.plan(
            List.of(
                candidate("F.PUCAI", FormStatus.IN_PROGRESS, 0, 0, false),
                candidate("F.LAB", FormStatus.VERIFIED, 1, 0, false),
                candidate("F.VITALS", FormStatus.COMPLETE, 0, 0, false)));

    assertThat(plan.toSign()).containsExactly("F.VITALS");
    assertThat(plan.blockers())
        .extracting(ScopeSigning.Blocker::form, ScopeSigning.Blocker::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "F.PUCAI",
                "A form that is in progress cannot be signed; it must be complete or verified first."),
            org.assertj.core.groups.Tuple.tuple(
                "F.LAB",
                "The form cannot be signed while a query on it is open; they must be closed first."));
  }

  @Test
  void aScopeWithNothingLeftToSignIsRefused() {
    assertThat(ScopeSigning.plan(List.<ScopeSigning.Candidate<String>>of()).isBlocked()).isTrue();
    assertThat(
            ScopeSigning.plan(List.of(candidate("F.LAB", FormStatus.SIGNED, 0, 0, true)))
                .isBlocked())
        .isTrue();
  }

  private static ScopeSigning.Candidate<String> candidate(
      String form, FormStatus status, int openQueries, int sdvPending, boolean signed) {
    return new ScopeSigning.Candidate<>(
        form,
        new FormFacts(
            status,
            List.of(),
            List.of(),
            Collections.nCopies(sdvPending, "IG.LB_INFLAMMATION[1]/I.LB_CRP"),
            openQueries),
        signed);
  }
}
