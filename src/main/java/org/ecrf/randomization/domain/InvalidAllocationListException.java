package org.ecrf.randomization.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A set of slots that does not form a valid list for its configuration; names every problem. */
public class InvalidAllocationListException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<ListProblem> problems;

  public InvalidAllocationListException(List<ListProblem> problems) {
    super(
        "The randomisation list is invalid:\n- "
            + problems.stream().map(ListProblem::toString).collect(Collectors.joining("\n- ")));
    this.problems = List.copyOf(problems);
  }

  public List<ListProblem> problems() {
    return problems;
  }
}
