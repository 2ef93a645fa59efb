package org.ecrf.randomization.domain;

import java.util.List;

/**
 * A randomisation configuration that cannot produce a valid list. The message lists every problem,
 * one per line, so that the study definition can be fixed in one pass.
 */
public class RandomizationConfigurationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public RandomizationConfigurationException(List<String> problems) {
    super("The randomisation configuration is invalid:\n- " + String.join("\n- ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem on its own, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
