package org.ecrf.monitoring.domain;

import java.util.List;
import java.util.Objects;
import org.ecrf.entry.domain.FormStatus;

/**
 * What the lifecycle rules need to know about a stored form at the moment of a requested move.
 *
 * @param status its current status
 * @param errors the validation engine's errors on the stored values (normally none: a form with
 *     errors cannot be saved, but a definition may have changed)
 * @param missingMandatory collected mandatory items still without a value, as the engine names them
 * @param sdvPending items the SDV plan asks to verify that are not verified (yet)
 * @param openQueries queries on the form or its items that are not closed
 */
public record FormFacts(
    FormStatus status,
    List<String> errors,
    List<String> missingMandatory,
    List<String> sdvPending,
    int openQueries) {

  public FormFacts {
    Objects.requireNonNull(status, "status");
    errors = List.copyOf(errors);
    missingMandatory = List.copyOf(missingMandatory);
    sdvPending = List.copyOf(sdvPending);
    if (openQueries < 0) {
      throw new IllegalArgumentException("A count of open queries is never negative");
    }
  }
}
