package org.ecrf.entry.application;

import java.time.LocalDate;
import java.util.Optional;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.entry.domain.FormValues;

/**
 * A save of a whole form: the values as typed, the version the user saw ({@link
 * FormSession#NOT_STARTED} for a new form; empty for imports, which apply to whatever is stored),
 * the reason for change when saved values change, the visit date if given, and the door it came
 * through.
 */
public record SaveCommand(
    FormAddress address,
    FormValues values,
    Optional<Integer> expectedVersion,
    String reason,
    Optional<LocalDate> visitDate,
    AuditSource source) {}
