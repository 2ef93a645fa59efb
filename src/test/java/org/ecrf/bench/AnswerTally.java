package org.ecrf.bench;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Calls of one kind and time window, counted: how many, how many succeeded, how many of each
 * answer, the longest wait for an answer, and for each answer the message of its first refusal, as
 * an example of what a caller was told.
 */
record AnswerTally(
    int calls,
    int acknowledged,
    Map<String, Integer> statuses,
    long longestNanos,
    Map<String, String> refusals) {

  AnswerTally {
    statuses = Map.copyOf(statuses);
    refusals = Map.copyOf(refusals);
  }

  /** The calls the window takes. */
  static AnswerTally of(Collection<CallAnswer> answers, Predicate<CallAnswer> window) {
    int calls = 0;
    int acknowledged = 0;
    long longest = 0;
    Map<String, Integer> statuses = new TreeMap<>();
    Map<String, String> refusals = new TreeMap<>();
    for (CallAnswer answer : answers) {
      if (!window.test(answer)) {
        continue;
      }
      calls++;
      acknowledged += answer.acknowledged() ? 1 : 0;
      longest = Math.max(longest, answer.ended() - answer.started());
      statuses.merge(answer.status(), 1, Integer::sum);
      if (!answer.acknowledged()) {
        refusals.putIfAbsent(answer.status(), answer.message());
      }
    }
    return new AnswerTally(calls, acknowledged, statuses, longest, refusals);
  }

  /** Whether there were calls and every one got one of these answers. */
  boolean onlyStatuses(String... allowed) {
    return calls > 0 && Set.of(allowed).containsAll(statuses.keySet());
  }

  /** What each kind of refusal said: {@code 503: "The database ..."; 500: (empty body)}. */
  String refusalText() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(refusals)
        .forEach(
            (status, message) ->
                text.append(text.isEmpty() ? "" : "; ")
                    .append(status)
                    .append(": ")
                    .append(message.isBlank() ? "(empty body)" : "\"" + message + "\""));
    return text.toString();
  }

  /** The answers as {@code 503 × 40, 500 × 2}, or {@code none}. */
  String statusText() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(statuses)
        .forEach(
            (status, count) ->
                text.append(text.isEmpty() ? "" : ", ").append(status + " × " + count));
    return text.isEmpty() ? "none" : text.toString();
  }
}
