package org.ecrf.randomization.domain;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading an uploaded list: the list when it is valid, otherwise every problem
 * found, ordered by line.
 *
 * @param list the list; present exactly when {@code problems} is empty
 * @param problems what is wrong, each with its line and column
 */
public record ListUpload(Optional<StratifiedBlockList> list, List<ListProblem> problems) {

  public ListUpload {
    problems = List.copyOf(problems);
    if (list.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("An upload has either a list or problems");
    }
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
