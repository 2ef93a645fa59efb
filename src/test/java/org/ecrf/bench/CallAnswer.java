package org.ecrf.bench;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.ecrf.testing.ApiClient;

/**
 * One call of the connection-loss check and what came back.
 *
 * @param caller the subject key of the user who saved, or {@code health}
 * @param started when the call started ({@link System#nanoTime()})
 * @param ended when its answer (or its failure) came
 * @param status the HTTP status as text, or {@code no answer (...)} naming why there was none
 * @param acknowledged whether the call succeeded: a save stored, or {@code /health} answered UP
 * @param message what the caller was told: the message of an error answer, the reasons an import
 *     gives for its refused forms, else the start of the body
 */
record CallAnswer(
    String caller, long started, long ended, String status, boolean acknowledged, String message) {

  private static final int MESSAGE_LIMIT = 300;

  CallAnswer(String caller, long started, long ended, ApiClient.Answer http, boolean acknowledged) {
    this(
        caller,
        started,
        ended,
        Integer.toString(http.status()),
        acknowledged,
        acknowledged ? "" : messageOf(http.body()));
  }

  /** A call that got no HTTP answer at all (refused connection, time-out). */
  static CallAnswer none(String caller, long started, Exception failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return new CallAnswer(
        caller,
        started,
        System.nanoTime(),
        "no answer (" + root.getClass().getSimpleName() + ")",
        false,
        String.valueOf(root.getMessage()));
  }

  /**
   * The message of an error body ({@code {"message": ...}}), the messages of the refused forms of
   * an import report, or the start of any other body.
   */
  static String messageOf(String body) {
    try {
      JsonObject json = new ApiClient.Answer(0, body).json();
      if (json.containsKey("message")) {
        return cut(json.getString("message"));
      }
      List<String> messages = new ArrayList<>();
      for (JsonValue form : json.getJsonArray("forms")) {
        for (JsonValue message : form.asJsonObject().getJsonArray("messages")) {
          messages.add(message.asJsonObject().getString("text"));
        }
      }
      return cut(String.join(" ", messages));
    } catch (JsonException | ClassCastException | NullPointerException notJson) {
      return cut(body);
    }
  }

  private static String cut(String text) {
    return text.length() > MESSAGE_LIMIT ? text.substring(0, MESSAGE_LIMIT) + "…" : text;
  }
}
