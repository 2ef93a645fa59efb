package org.ecrf.entry.domain;

import java.util.List;
import java.util.Objects;

/** What a {@link ValueParser} made of a text: a typed value, or why it refused the text. */
sealed interface ParseResult {

  /** The text is written in the data type. */
  record Accepted(TypedValue value) implements ParseResult {
    public Accepted {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The text is not written in the data type.
   *
   * @param reason the built-in message
   * @param details the message's details (a corrected example, a limit)
   */
  record Refused(BuiltInText reason, List<String> details) implements ParseResult {
    public Refused {
      Objects.requireNonNull(reason, "reason");
      details = List.copyOf(details);
    }
  }

  static ParseResult accepted(TypedValue value) {
    return new Accepted(value);
  }

  static ParseResult refused(BuiltInText reason, String... details) {
    return new Refused(reason, List.of(details));
  }
}
