package org.ecrf.crf.odm.clinical;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Argument checks shared by the records of this package, with messages that name the field. */
final class Require {

  private Require() {}

  /**
   * An OID, key or repeat key: present and not empty (ODM's {@code oid}, {@code oidref}, {@code
   * subjectKey} and {@code repeatKey} types all have a minimum length of 1).
   */
  static String key(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }

  /** An optional key: absent, or present and not empty. */
  static Optional<String> optionalKey(Optional<String> value, String name) {
    Objects.requireNonNull(value, name).ifPresent(v -> key(v, name));
    return value;
  }

  static <T> T present(T value, String name) {
    return Objects.requireNonNull(value, name);
  }

  /** An immutable copy; null elements are refused. */
  static <T> List<T> list(List<T> values, String name) {
    return List.copyOf(Objects.requireNonNull(values, name));
  }
}
