package org.ecrf.monitoring.domain;

import java.util.List;
import org.ecrf.entry.domain.FormStatus;

/**
 * A data manager's freeze, lock or unlock of many forms at once (a subject, a site, the study), as
 * the moves of each form along {@link FormLifecycle}: FREEZE freezes every form not yet frozen or
 * locked; LOCK locks every form, freezing first what is not frozen (a form is locked only from
 * frozen); UNLOCK reopens every frozen or locked form. A form already where the action leads it is
 * left alone.
 */
public enum ScopeAction {
  FREEZE,
  LOCK,
  UNLOCK;

  /** The moves, in order, that take a form in {@code current} where the action leads. */
  public List<FormStatus> movesFrom(FormStatus current) {
    boolean open = current.acceptsChanges();
    return switch (this) {
      case FREEZE -> open ? List.of(FormStatus.FROZEN) : List.of();
      case LOCK ->
          open
              ? List.of(FormStatus.FROZEN, FormStatus.LOCKED)
              : current == FormStatus.FROZEN ? List.of(FormStatus.LOCKED) : List.of();
      case UNLOCK -> open ? List.of() : List.of(FormStatus.IN_PROGRESS);
    };
  }
}
