package org.ecrf.entry.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.domain.EntryContext;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.entry.domain.FormValues;

/**
 * A form opened for entry or review: the definition it is entered under, what is stored (empty for
 * a form not started, version -1), its status and last change, the subject and visit facts, the
 * evaluation of the stored values, and whether the caller may change it.
 */
public record FormSession(
    FormAddress address,
    StudyDefinition definition,
    FormValues stored,
    int version,
    Optional<FormStatus> status,
    Optional<Instant> updatedAt,
    Optional<String> updatedBy,
    Optional<LocalDate> visitDate,
    EntryContext context,
    FormEvaluation evaluation,
    boolean editable) {

  /** The version of a form that has not been started. */
  public static final int NOT_STARTED = -1;

  public boolean started() {
    return version != NOT_STARTED;
  }
}
