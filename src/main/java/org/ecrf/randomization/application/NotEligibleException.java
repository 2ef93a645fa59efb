package org.ecrf.randomization.application;

import java.util.List;
import java.util.stream.Collectors;
import org.ecrf.shared.ConflictException;
import org.ecrf.subject.domain.BlockingCriterion;

/**
 * Randomisation refused because the subject is not (yet) eligible; names every criterion that
 * blocks.
 */
public class NotEligibleException extends ConflictException {

  private final List<BlockingCriterion> blocking;

  public NotEligibleException(String subjectKey, List<BlockingCriterion> blocking) {
    super(
        subjectKey
            + " cannot be randomised: "
            + blocking.stream().map(BlockingCriterion::toString).collect(Collectors.joining("; ")));
    this.blocking = List.copyOf(blocking);
  }

  public List<BlockingCriterion> blocking() {
    return blocking;
  }
}
