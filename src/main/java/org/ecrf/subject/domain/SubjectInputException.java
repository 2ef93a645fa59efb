package org.ecrf.subject.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Subject input that breaks a rule; names every field concerned (answered 400 with them). */
public class SubjectInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  public SubjectInputException(List<FieldProblem> problems) {
    super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An input exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public SubjectInputException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** The first field concerned. */
  public String field() {
    return problems.get(0).field();
  }
}
