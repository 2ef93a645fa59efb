package org.ecrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTallyTest {

  private static final List<CallAnswer> CALLS =
      List.of(
          new CallAnswer("POT-0001", 0, 10, "200", true, ""),
          new CallAnswer("POT-0002", 5, 30, "503", false, "The database cannot be reached"),
          new CallAnswer("POT-0001", 12, 14, "503", false, "later refusal"),
          new CallAnswer("POT-0002", 20, 25, "500", false, ""));

  @Test
  void countsOnlyTheCallsOfTheWindowWithTheirLongestWait() {
    AnswerTally tally = AnswerTally.of(CALLS, call -> call.started() >= 5 && call.ended() < 30);

    assertThat(tally.calls()).isEqualTo(2);
    assertThat(tally.acknowledged()).isZero();
    assertThat(tally.longestNanos()).isEqualTo(5);
    assertThat(tally.statusText()).isEqualTo("500 × 1, 503 × 1");
  }

  @Test
  void keepsTheFirstRefusalOfEachAnswer() {
    AnswerTally tally = AnswerTally.of(CALLS, call -> true);

    assertThat(tally.refusals())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of("503", "The database cannot be reached", "500", ""));
    assertThat(tally.refusalText())
        .isEqualTo("500: (empty body); 503: \"The database cannot be reached\"");
  }

  @ParameterizedTest(name = "answers {0}: only 503 = {1}, only 200 or 503 = {2}")
  @CsvSource({
    "503, true, true",
    "503 503, true, true",
    "503 200, false, true",
    "200, false, true",
    "503 500, false, false",
    "no answer (ConnectException), false, false"
  })
  void onlyStatusesHoldsWhenNoOtherAnswerCame(
      String answers, boolean only503, boolean only200or503) {
    List<CallAnswer> calls =
        java.util.Arrays.stream(answers.split(" (?=[0-9])"))
            .map(status -> new CallAnswer("POT-0001", 0, 1, status, status.equals("200"), ""))
            .toList();
    AnswerTally tally = AnswerTally.of(calls, call -> true);

    assertThat(tally.onlyStatuses("503")).isEqualTo(only503);
    assertThat(tally.onlyStatuses("200", "503")).isEqualTo(only200or503);
  }

  @Test
  void aWindowWithoutCallsProvesNothing() {
    AnswerTally tally = AnswerTally.of(CALLS, call -> false);

    assertThat(tally.onlyStatuses("503")).isFalse();
    assertThat(tally.statusText()).isEqualTo("none");
  }

  @Test
  void anErrorBodyGivesItsMessage() {
    assertThat(CallAnswer.messageOf("{\"status\":503,\"message\":\"Try again shortly\"}"))
        .isEqualTo("Try again shortly");
  }

  @Test
  void anImportReportGivesTheMessagesOfItsForms() {
    String report =
        "{\"counts\":{},\"forms\":[{\"formOid\":\"F.ANTHRO\",\"messages\":"
            + "[{\"severity\":\"ERROR\",\"text\":\"An unexpected error stopped this form\"}]}]}";

    assertThat(CallAnswer.messageOf(report)).isEqualTo("An unexpected error stopped this form");
  }

  @Test
  void anyOtherBodyIsKeptAsItIsUpToItsLimit() {
    assertThat(CallAnswer.messageOf("<html>Internal error</html>"))
        .isEqualTo("<html>Internal error</html>");
    assertThat(CallAnswer.messageOf("")).isEmpty();
    assertThat(CallAnswer.messageOf("x".repeat(400))).hasSize(301).endsWith("…");
  }
}
