package org.ecrf.entry.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.entry.domain.ChangeSet;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.entry.domain.ItemPath;

/**
 * A form was saved: fired synchronously by {@link DataEntryService#save} inside the save's
 * transaction, after the values and their audit events are written and before the form is flushed.
 * Monitoring observes it (a changed form leaves complete, verified or signed; changed items need
 * SDV again; failed soft checks raise queries); an observer's exception rolls the whole save back.
 * Data entry knows nothing of its observers.
 *
 * @param address the form
 * @param form the stored form, changes applied, status as before the save
 * @param changes the rows and values the save wrote (empty when only warnings were confirmed)
 * @param confirmedWarnings items whose soft-check warning was confirmed with this save
 * @param visitDateChanged whether the save set or changed the visit's date
 * @param evaluation the engine's evaluation of the saved values
 * @param who actor, role, site and door of the save
 * @param at the time of the save
 */
public record FormDataSaved(
    FormAddress address,
    FormData form,
    ChangeSet changes,
    List<ItemPath> confirmedWarnings,
    boolean visitDateChanged,
    FormEvaluation evaluation,
    AuditEntry who,
    Instant at) {

  public FormDataSaved {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(changes, "changes");
    confirmedWarnings = List.copyOf(confirmedWarnings);
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(at, "at");
  }

  /** True when the save changed stored data (values or rows), not only confirmations. */
  public boolean dataChanged() {
    return !changes.isEmpty();
  }
}
