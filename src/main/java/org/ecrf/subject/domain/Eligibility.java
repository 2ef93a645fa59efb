package org.ecrf.subject.domain;

import java.util.List;

/**
 * The result of checking the eligibility form: eligible exactly when nothing blocks.
 *
 * @param blocking every item that blocks randomisation, inclusion criteria first (in the study's
 *     order), then exclusion criteria, then consent
 */
public record Eligibility(List<BlockingCriterion> blocking) {

  public Eligibility {
    blocking = List.copyOf(blocking);
  }

  public boolean isEligible() {
    return blocking.isEmpty();
  }
}
