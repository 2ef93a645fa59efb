package org.ecrf.dosing.application;

import java.util.List;
import org.ecrf.crf.odm.Fault;
import org.ecrf.shared.InvalidInputException;

/**
 * A candidate definition given to the dosing dry run cannot be compared: not a valid study
 * definition (its faults, each with line and column), another study's, without a dosing rule set,
 * or with rules that cannot advise a stored infusion. Answered 400 naming the problem.
 */
public class InvalidCandidateException extends InvalidInputException {

  private final transient List<Fault> faults;

  public InvalidCandidateException(String message, List<Fault> faults) {
    super(DosingDryRun.FIELD, message);
    this.faults = List.copyOf(faults);
  }

  public InvalidCandidateException(String message) {
    this(message, List.of());
  }

  /** The validator's errors, in file order; empty when the file itself is a valid definition. */
  public List<Fault> faults() {
    return faults;
  }
}
