package org.ecrf.entry.application;

import java.util.List;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.entry.domain.ItemChange;

/**
 * What a save did: SAVED (with the new version and the changes written), REFUSED (errors; nothing
 * written) or REASON_REQUIRED (saved values would change; nothing written until a reason is given).
 */
public record SaveOutcome(
    Status status, FormEvaluation evaluation, int version, List<ItemChange> changes) {

  /** The outcome's kind. */
  public enum Status {
    SAVED,
    REFUSED,
    REASON_REQUIRED
  }

  public boolean saved() {
    return status == Status.SAVED;
  }
}
