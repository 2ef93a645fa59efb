package org.ecrf.monitoring.application;

import java.util.List;
import java.util.Optional;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.entry.application.FormSession;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.monitoring.domain.FormSignature;
import org.ecrf.monitoring.domain.ScopeLock;

/**
 * Builds the shown monitoring state of a form. Items the caller is blinded to for the subject (e.g.
 * TOPIT's trough levels of the standard arm) are left out of the pending SDV list, so that it tells
 * nothing about their values.
 */
final class FormStatusViews {

  private FormStatusViews() {}

  static FormMonitoringStatus of(
      MonitoredForm form, MonitoringAccess access, Optional<ScopeLock> scopeLock) {
    StudyDefinition definition = form.session().definition();
    List<ItemPath> pending =
        form.sdvPending().stream()
            .filter(item -> access.sees(definition, form.subject(), item.itemOid()))
            .toList();
    return new FormMonitoringStatus(
        form.form().map(f -> f.status().name()).orElse("NOT_STARTED"),
        pending.stream().map(ItemPath::itemOid).distinct().toList(),
        pending.stream().map(ItemPath::toString).toList(),
        form.signature().isPresent(),
        form.signature().map(FormStatusViews::signature).orElse(null),
        form.unresolvedQueries().size(),
        form.form().map(FormData::version).orElse(FormSession.NOT_STARTED),
        scopeLock.map(ScopeLockView::of).orElse(null));
  }

  private static FormMonitoringStatus.Signature signature(FormSignature signature) {
    return new FormMonitoringStatus.Signature(
        signature.signerName(),
        signature.signedBy(),
        signature.signedAt(),
        signature.meaning(),
        signature.scope().name(),
        signature.scopeEvent().orElse(null),
        signature.formVersion());
  }
}
