package org.ecrf.entry.application;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Locale;
import java.util.Optional;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.StudyEventData;
import org.ecrf.shared.ConflictException;

/**
 * Why a save may not overwrite what is stored: the form changed since the user opened it, someone
 * saved it at the same moment, or its status takes no changes. Each answer says what happened and
 * that nothing was overwritten.
 */
final class SaveConflicts {

  private SaveConflicts() {}

  static boolean isDuplicate(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
    }
    return false;
  }

  static ConflictException concurrentSave(FormAddress address) {
    return new ConflictException(
        "Someone else saved "
            + address.formOid()
            + " of "
            + address.subjectKey()
            + " at the same moment; your changes were not saved. Open the form again to see the current values.");
  }

  static void requireExpectedVersion(
      Optional<FormData> existing, Optional<Integer> expected, FormAddress address) {
    if (expected.isEmpty()) {
      return;
    }
    int current = versionOf(existing);
    if (current != expected.get()) {
      String by = existing.map(f -> f.updatedBy() + " at " + f.updatedAt()).orElse("someone");
      throw new ConflictException(
          address.formOid()
              + " of "
              + address.subjectKey()
              + " was changed by "
              + by
              + " after you opened it; your changes were not saved and nothing was overwritten."
              + " Open the form again to see the current values.");
    }
  }

  /** A visit marked missed took no place, so it takes no data until the mark is taken back. */
  static void requireNotMissed(StudyEventData event, FormAddress address) {
    if (event.missed()) {
      throw new ConflictException(
          "Visit "
              + address.eventOid()
              + " of "
              + address.subjectKey()
              + " is marked missed; take the mark back (with a reason) before entering data");
    }
  }

  static void requireChangeable(FormData form) {
    if (!form.status().acceptsChanges()) {
      throw new ConflictException(
          form.formOid()
              + " is "
              + form.status().name().toLowerCase(Locale.ROOT)
              + " and takes no changes; a data manager can unlock it with a reason");
    }
  }

  private static int versionOf(Optional<FormData> form) {
    return form.map(FormData::version).orElse(FormSession.NOT_STARTED);
  }
}
