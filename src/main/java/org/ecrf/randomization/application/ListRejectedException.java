package org.ecrf.randomization.application;

import java.util.List;
import java.util.stream.Collectors;
import org.ecrf.randomization.domain.ListProblem;
import org.ecrf.shared.InvalidInputException;

/**
 * An uploaded list that does not fit the study's configuration; names every problem with its line
 * and column.
 */
public class ListRejectedException extends InvalidInputException {

  private final List<ListProblem> problems;

  public ListRejectedException(List<ListProblem> problems) {
    super(
        "list",
        "The list is not valid: "
            + problems.stream().map(ListProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<ListProblem> problems() {
    return problems;
  }
}
