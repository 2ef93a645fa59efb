package org.ecrf.crf.domain;

import java.util.Arrays;
import java.util.Optional;

/** A subject fact expressions can use, written with a dollar sign ({@code $DIAGNOSIS}). */
public enum ContextVariable {
  /** CD or UC; empty until the diagnosis is recorded. */
  DIAGNOSIS,
  /** The arm code (TDM, STANDARD); empty before randomisation. */
  ARM,
  /** M or F. */
  SEX,
  /** Age in completed years on the day of the visit. */
  AGE;

  /** How it is written in expressions: {@code $DIAGNOSIS}. */
  public String written() {
    return "$" + name();
  }

  /** The variable named after the dollar sign (exact, upper case). */
  public static Optional<ContextVariable> named(String name) {
    return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
  }
}
