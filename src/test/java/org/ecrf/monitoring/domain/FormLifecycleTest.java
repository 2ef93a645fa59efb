package org.ecrf.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.monitoring.domain.TransitionDecision.Verdict;
import org.ecrf.security.domain.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

class FormLifecycleTest {

  private static final String ALLOWED = "/monitoring/form-transitions-allowed.csv";
  private static final String REASON = "Correction after source review";

  /**
   * Every status, target and role with nothing holding the move back: allowed exactly when the
   * table of allowed moves lists it; otherwise refused as not permitted when the role never makes
   * moves to that target, else as a conflict with the form's status.
   */
  @ParameterizedTest(name = "{0} -> {1} by {2}")
  @MethodSource("everyMove")
  void allowsExactlyTheListedMovesAndRefusesEveryOther(
      FormStatus from, FormStatus to, Role role, boolean listed, boolean roleMakesSuchMoves) {
    TransitionDecision decision = FormLifecycle.decide(clean(from), to, EnumSet.of(role), REASON);

    Verdict expected =
        listed ? Verdict.ALLOWED : roleMakesSuchMoves ? Verdict.CONFLICT : Verdict.NOT_PERMITTED;
    assertThat(decision.verdict()).as(decision.reason()).isEqualTo(expected);
    assertThat(decision.reason().isEmpty()).isEqualTo(listed);
  }

  /** A page offers exactly the moves the table lists: the same table, without the conditions. */
  @ParameterizedTest(name = "{0} -> {1} by {2}")
  @MethodSource("everyMove")
  void offersExactlyTheListedMoves(
      FormStatus from, FormStatus to, Role role, boolean listed, boolean roleMakesSuchMoves) {
    assertThat(FormLifecycle.offers(from, to, EnumSet.of(role))).isEqualTo(listed);
  }

  @ParameterizedTest(name = "{0} -> {1} by {2} with {3}: {5}")
  @CsvFileSource(resources = "/monitoring/form-transition-guards.csv", numLinesToSkip = 1)
  void refusesAMoveWhoseConditionsFailAndSaysWhy(
      FormStatus from,
      FormStatus to,
      Role role,
      String facts,
      String reason,
      Verdict verdict,
      String message) {
    TransitionDecision decision =
        FormLifecycle.decide(facts(from, facts), to, EnumSet.of(role), reason);

    assertThat(decision.verdict()).as(decision.reason()).isEqualTo(verdict);
    assertThat(decision.reason()).contains(message == null ? "" : message);
  }

  @ParameterizedTest(name = "{0} after a data change: {1}")
  @CsvFileSource(resources = "/monitoring/data-change-status.csv", numLinesToSkip = 1)
  void aDataChangeSendsACompletedFormBackToInProgress(FormStatus before, FormStatus after) {
    assertThat(FormLifecycle.afterDataChange(before)).isEqualTo(after);
  }

  @ParameterizedTest(name = "{0} with pending {1}: {2}")
  @org.junit.jupiter.params.provider.CsvSource({
    "COMPLETE, 0, true",
    "COMPLETE, 1, false",
    "IN_PROGRESS, 0, false",
    "VERIFIED, 0, false",
    "SIGNED, 0, false"
  })
  void onlyACompleteFormWithNothingLeftToVerifyBecomesVerified(
      FormStatus status, int pending, boolean verified) {
    FormFacts form =
        new FormFacts(status, List.of(), List.of(), pending == 0 ? List.of() : List.of("I.X"), 0);

    assertThat(FormLifecycle.becomesVerified(form)).isEqualTo(verified);
  }

  static Stream<Arguments> everyMove() throws IOException {
    Set<String> allowed = allowedMoves();
    Set<String> rolesByTarget = new HashSet<>();
    for (String move : allowed) {
      String[] parts = move.split(",");
      rolesByTarget.add(parts[1] + "," + parts[2]);
    }
    List<Arguments> moves = new ArrayList<>();
    for (FormStatus from : FormStatus.values()) {
      for (FormStatus to : FormStatus.values()) {
        for (Role role : Role.values()) {
          moves.add(
              Arguments.of(
                  from,
                  to,
                  role,
                  allowed.contains(from + "," + to + "," + role),
                  rolesByTarget.contains(to + "," + role)));
        }
      }
    }
    return moves.stream();
  }

  private static Set<String> allowedMoves() throws IOException {
    try (InputStream in = FormLifecycleTest.class.getResourceAsStream(ALLOWED)) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return new HashSet<>(lines.subList(1, lines.size()));
    }
  }

  private static FormFacts clean(FormStatus status) {
    return new FormFacts(status, List.of(), List.of(), List.of(), 0);
  }

  private static FormFacts facts(FormStatus status, String kind) {
    return switch (kind) {
      case "CLEAN" -> clean(status);
      case "MISSING" -> new FormFacts(status, List.of(), List.of("I.LB_DATE"), List.of(), 0);
      case "ERRORS" -> new FormFacts(status, List.of("ESR above 200"), List.of(), List.of(), 0);
      case "SDV_PENDING" -> new FormFacts(status, List.of(), List.of(), List.of("I.LB_CRP"), 0);
      case "OPEN_QUERY" -> new FormFacts(status, List.of(), List.of(), List.of(), 1);
      case "TWO_OPEN_QUERIES" -> new FormFacts(status, List.of(), List.of(), List.of(), 2);
      default -> throw new IllegalArgumentException("Unknown facts " + kind);
    };
  }
}
