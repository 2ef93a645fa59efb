package org.ecrf.entry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.crf.odm.clinical.FormDataSubmission;
import org.ecrf.entry.domain.ChangeSet;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.entry.domain.FormEvaluator;
import org.ecrf.entry.domain.GroupChange;
import org.ecrf.entry.domain.ItemChange;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.subject.domain.Subject;

/**
 * Stores one imported form in a transaction of its own, so that a form is all or nothing and one
 * refused form never holds back the next: reads what is stored, lays the file's values over it
 * ({@link ImportMerge}; items the caller is blinded to are refused), lets the validation engine
 * judge the whole form, and saves it through {@link DataEntryService#save} (which checks access and
 * writes an audit event per change, source IMPORT) only when something changes. A form that would
 * not change is not written at all: no new version, no audit event.
 */
@ApplicationScoped
public class ImportedFormStore {

  @Inject private DataEntryService dataEntry;
  @Inject private VisibleItems visibleItems;
  @Inject private PlatformDerivations derivations;

  /**
   * Imports one form of a file into a study.
   *
   * @throws RuntimeException the application's exceptions (not found, access denied, conflict,
   *     invalid keys) when the form cannot even be planned; the transaction is then rolled back and
   *     the caller reports the form as refused
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ImportFormResult store(String studyOid, FormDataSubmission submission) {
    FormAddress address = ImportKeys.address(studyOid, submission);
    StoredForm stored = dataEntry.read(address);
    Subject subject = stored.subject();
    ImportPlan plan =
        ImportMerge.plan(
            submission,
            stored.values(),
            stored.started(),
            stored.definition(),
            itemOid -> visibleItems.isVisible(stored.definition(), subject, itemOid));
    FormEvaluation evaluation =
        FormEvaluator.evaluate(
            stored.definition(),
            address.formOid(),
            plan.values(),
            stored.context(),
            derivations.forForm(subject, stored.definition(), stored.context()));
    ImportResults results = new ImportResults(submission, plan, evaluation);
    if (results.refuses()) {
      return results.refused(Map.of());
    }
    ChangeSet changes = ChangeSet.between(stored.values(), evaluation);
    if (changes.isEmpty()) {
      return results.unchanged();
    }
    if (changes.needsReason() && plan.reasonForChange().isEmpty()) {
      return results.refused(reasonsMissing(changes));
    }
    SaveOutcome outcome =
        dataEntry.save(
            new SaveCommand(
                address,
                plan.values(),
                Optional.of(stored.version()),
                plan.reasonForChange().orElse(null),
                Optional.empty(),
                AuditSource.IMPORT));
    return switch (outcome.status()) {
      case SAVED -> results.stored(changes, outcome.version());
      case REFUSED -> new ImportResults(submission, plan, outcome.evaluation()).refused(Map.of());
      case REASON_REQUIRED -> results.refused(reasonsMissing(changes));
    };
  }

  private static Map<ItemPath, String> reasonsMissing(ChangeSet changes) {
    Map<ItemPath, String> errors = new LinkedHashMap<>();
    for (ItemChange change : changes.changesNeedingReason()) {
      errors.put(
          change.path(),
          "Changing the stored value "
              + change.before().map(Object::toString).orElse("")
              + " of "
              + change.path()
              + " needs a reason for change: give a ReasonForChange in an AuditRecord of the"
              + " ItemData, its ItemGroupData or FormData.");
    }
    changes.groupChanges().stream()
        .filter(GroupChange::reasonRequired)
        .forEach(
            removal ->
                errors.put(
                    ItemPath.ofGroup(removal.key()),
                    "Removing the stored row "
                        + removal.key()
                        + " needs a reason for change: give a ReasonForChange in an AuditRecord"
                        + " of the ItemGroupData or FormData."));
    return errors;
  }
}
