package org.ecrf.subject.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class SubjectStateTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvFileSource(resources = "/subject/status-transitions.csv", numLinesToSkip = 1)
  void enforcesTheAllowedTransitions(SubjectStatus from, SubjectStatus to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    SubjectState state =
        new SubjectState(
            from, needsReason(from) ? Optional.of("earlier reason") : Optional.empty());
    UnaryOperator<SubjectState> change = changeTo(to);
    if (allowed) {
      SubjectState next = change.apply(state);
      assertThat(next.status()).isEqualTo(to);
      assertThat(next.reason().isPresent()).isEqualTo(needsReason(to));
    } else {
      assertThatThrownBy(() -> change.apply(state))
          .isInstanceOf(IllegalStatusChangeException.class)
          .hasMessageStartingWith("A subject in status " + from + " cannot become " + to);
    }
  }

  @Test
  void followsTheUsualPathFromScreeningToCompletion() {
    SubjectState completed = SubjectState.screening().enrol().randomise().complete();
    assertThat(completed.status()).isEqualTo(SubjectStatus.COMPLETED);
    assertThat(completed.status().isFinal()).isTrue();
    assertThat(completed.status().hasBeenRandomised()).isTrue();
  }

  @Test
  void aScreeningFailureKeepsItsReason() {
    SubjectState failed = SubjectState.screening().failScreening("  I.EXCL_SURGERY applies ");
    assertThat(failed.status()).isEqualTo(SubjectStatus.SCREEN_FAILED);
    assertThat(failed.reason()).contains("I.EXCL_SURGERY applies");
    assertThat(failed.status().hasBeenEnrolled()).isFalse();
  }

  @Test
  void screeningFailureAndWithdrawalNeedAReason() {
    assertThatThrownBy(() -> SubjectState.screening().failScreening(" "))
        .isInstanceOf(SubjectInputException.class)
        .hasMessage("reason: A reason is required");
    SubjectState randomised = SubjectState.screening().enrol().randomise();
    assertThatThrownBy(() -> randomised.withdraw(null)).hasMessage("reason: A reason is required");
    assertThatThrownBy(() -> randomised.withdraw("x".repeat(1001)))
        .hasMessage("reason: A reason has at most 1000 characters");
    assertThatThrownBy(() -> new SubjectState(SubjectStatus.WITHDRAWN, Optional.empty()))
        .hasMessage("Status WITHDRAWN needs a reason");
    assertThatThrownBy(() -> new SubjectState(SubjectStatus.ENROLLED, Optional.of("why")))
        .hasMessage("Status ENROLLED takes no reason");
  }

  @Test
  void aForbiddenMoveIsReportedBeforeAMissingReason() {
    SubjectState completed = SubjectState.screening().enrol().randomise().complete();
    assertThatThrownBy(() -> completed.withdraw(""))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessage("A subject in status COMPLETED cannot become WITHDRAWN; COMPLETED is final");
    assertThatThrownBy(() -> SubjectState.screening().randomise())
        .hasMessage(
            "A subject in status SCREENING cannot become RANDOMISED; allowed: SCREEN_FAILED,"
                + " ENROLLED");
  }

  @Test
  void countsEnrolledAndRandomisedSubjectsWhateverHappenedLater() {
    assertThat(SubjectStatus.SCREENING.hasBeenEnrolled()).isFalse();
    assertThat(SubjectStatus.ENROLLED.hasBeenEnrolled()).isTrue();
    assertThat(SubjectStatus.ENROLLED.hasBeenRandomised()).isFalse();
    assertThat(SubjectStatus.WITHDRAWN.hasBeenEnrolled()).isTrue();
    assertThat(SubjectStatus.WITHDRAWN.hasBeenRandomised()).isTrue();
    assertThat(SubjectStatus.SCREEN_FAILED.hasBeenRandomised()).isFalse();
  }

  private static boolean needsReason(SubjectStatus status) {
    return status == SubjectStatus.SCREEN_FAILED || status == SubjectStatus.WITHDRAWN;
  }

  private static UnaryOperator<SubjectState> changeTo(SubjectStatus to) {
    return switch (to) {
      case SCREENING ->
          state -> {
            throw new IllegalStatusChangeException(state.status(), to);
          };
      case ENROLLED -> SubjectState::enrol;
      case RANDOMISED -> SubjectState::randomise;
      case SCREEN_FAILED -> state -> state.failScreening("not eligible");
      case WITHDRAWN -> state -> state.withdraw("family moved away");
      case COMPLETED -> SubjectState::complete;
    };
  }
}
