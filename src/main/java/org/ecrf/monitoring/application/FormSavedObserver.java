package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.entry.application.FormDataSaved;
import org.ecrf.entry.domain.FormData;
import org.ecrf.entry.domain.FormStatus;
import org.ecrf.entry.domain.ItemChange;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.monitoring.domain.FormLifecycle;
import org.ecrf.monitoring.domain.FormSignatureRepository;
import org.ecrf.monitoring.domain.SdvMark;
import org.ecrf.monitoring.domain.SdvMarkRepository;

/**
 * Monitoring's side of every save of data entry, in the save's transaction (recorded as the saving
 * user's doing): a save into a frozen or locked subject, site or study is refused ({@link
 * ScopeLockGuard}), changed values lose their SDV marks (SDV_RESET), a complete, verified or signed
 * form whose data changed returns to in progress and a signature on it is voided, and values stored
 * with a failed soft check raise automatic queries ({@link AutomaticQueries}), and so does a visit
 * dated outside its window ({@link VisitWindowQueries}).
 */
@ApplicationScoped
public class FormSavedObserver {

  @Inject private SdvMarkRepository marks;
  @Inject private FormSignatureRepository signatures;
  @Inject private FormStatusService statuses;
  @Inject private MonitoringAudit audit;
  @Inject private AutomaticQueries automaticQueries;
  @Inject private VisitWindowQueries visitWindowQueries;
  @Inject private ScopeLockGuard scopeLocks;

  void onSaved(@Observes FormDataSaved saved) {
    scopeLocks.requireSavable(saved);
    FormData form = saved.form();
    if (form.id() != null && saved.dataChanged()) {
      resetVerification(saved);
      reopen(saved);
    }
    automaticQueries.raiseFor(saved);
    visitWindowQueries.raiseFor(saved);
  }

  private void resetVerification(FormDataSaved saved) {
    Set<ItemPath> changed =
        saved.changes().itemChanges().stream().map(ItemChange::path).collect(Collectors.toSet());
    for (SdvMark mark : marks.marksOf(saved.form())) {
      if (changed.contains(mark.item())) {
        marks.remove(mark);
        audit.record(
            saved.who(),
            AuditEventType.SDV_RESET,
            MonitoringAudit.itemPath(saved.address(), mark.item()),
            "verified by " + mark.verifiedBy() + " at " + mark.verifiedAt(),
            null,
            "the value changed after verification");
      }
    }
  }

  private void reopen(FormDataSaved saved) {
    FormStatus before = saved.form().status();
    FormStatus after = FormLifecycle.afterDataChange(before);
    if (after == before) {
      return;
    }
    String reason = "data changed after the form was " + FormLifecycle.label(before);
    signatures
        .validSignature(saved.form())
        .ifPresent(
            signature ->
                statuses.voidSignature(
                    saved.address(), signature, saved.who(), saved.at(), "signed data changed"));
    statuses.changeStatus(saved.address(), saved.form(), after, saved.who(), reason);
  }
}
