package org.ecrf.entry.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecrf.crf.odm.clinical.FormDataSubmission;
import org.ecrf.entry.application.ImportFormResult.GroupResult;
import org.ecrf.entry.application.ImportFormResult.ItemResult;
import org.ecrf.entry.application.ImportPlan.GroupAction;
import org.ecrf.entry.application.ImportPlan.ItemAction;
import org.ecrf.entry.application.ImportPlan.PlannedGroup;
import org.ecrf.entry.application.ImportPlan.PlannedItem;
import org.ecrf.entry.domain.ChangeSet;
import org.ecrf.entry.domain.ChangeType;
import org.ecrf.entry.domain.CheckMessage;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.entry.domain.GroupChange;
import org.ecrf.entry.domain.ItemChange;
import org.ecrf.entry.domain.ItemEvaluation;
import org.ecrf.entry.domain.ItemGroupKey;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.entry.domain.ItemStatus;
import org.ecrf.entry.domain.Severity;

/**
 * Turns a planned import, the validation engine's evaluation of the merged form and what the save
 * did into the answer about one form: every message placed on the file's item (or row) it concerns,
 * the rest on the form. Also decides what the engine refuses beyond the page's rules: a value sent
 * for an item that is not collected for the subject and visit is refused, never dropped silently.
 */
final class ImportResults {

  private final FormDataSubmission submission;
  private final ImportPlan plan;
  private final Map<Object, List<ImportMessage>> byElement = new IdentityHashMap<>();
  private final Map<ItemPath, List<ImportMessage>> byPath = new HashMap<>();
  private final Map<ItemPath, List<ImportMessage>> otherWarnings = new HashMap<>();
  private final List<ImportMessage> formMessages = new ArrayList<>();

  ImportResults(FormDataSubmission submission, ImportPlan plan, FormEvaluation evaluation) {
    this.submission = submission;
    this.plan = plan;
    plan.refusals().forEach(refusal -> formMessages.add(ImportMessage.error(refusal)));
    placeFileElements();
    for (CheckMessage message : evaluation.messages()) {
      if (message.severity() != Severity.INFO) {
        ImportMessage text =
            new ImportMessage(message.severity().name(), message.text(Locale.ENGLISH), null, null);
        if (byPath.containsKey(message.path())) {
          byPath.get(message.path()).add(text);
        } else if (message.blocksSaving()) {
          formMessages.add(text);
        } else {
          otherWarnings.computeIfAbsent(message.path(), path -> new ArrayList<>()).add(text);
        }
      }
    }
    refuseValuesNotCollected(evaluation);
  }

  /** True when the plan or the engine refuses something, so that the form must not be saved. */
  boolean refuses() {
    return plan.refused()
        || formMessages.stream().anyMatch(ImportMessage::refuses)
        || byElement.values().stream().flatMap(List::stream).anyMatch(ImportMessage::refuses);
  }

  /** The form refused; {@code itemErrors} adds errors to items (or to the form, for others). */
  ImportFormResult refused(Map<ItemPath, String> itemErrors) {
    itemErrors.forEach(
        (path, error) -> {
          if (byPath.containsKey(path)) {
            byPath.get(path).add(ImportMessage.error(error));
          } else {
            formMessages.add(ImportMessage.error(error));
          }
        });
    return result(ImportOutcome.REFUSED, Optional.empty(), null);
  }

  /** Nothing to write: the file says what is stored. */
  ImportFormResult unchanged() {
    return result(ImportOutcome.UNCHANGED, Optional.empty(), null);
  }

  /** Saved with these changes; the form is now at {@code version}. */
  ImportFormResult stored(ChangeSet changes, int version) {
    return result(ImportOutcome.STORED, Optional.of(changes), version);
  }

  /** Gives every group and item of the file its list of messages, starting with its refusal. */
  private void placeFileElements() {
    for (PlannedGroup group : plan.groups()) {
      List<ImportMessage> own = place(group, group.key().map(ItemPath::ofGroup));
      group.refusal().ifPresent(refusal -> own.add(ImportMessage.error(refusal)));
      for (PlannedItem item : group.items()) {
        List<ImportMessage> found =
            place(item, group.key().map(key -> ItemPath.of(key, item.data().itemOid())));
        item.refusal().ifPresent(refusal -> found.add(ImportMessage.error(refusal)));
      }
    }
  }

  private List<ImportMessage> place(Object element, Optional<ItemPath> path) {
    List<ImportMessage> list = new ArrayList<>();
    byElement.put(element, list);
    path.ifPresent(p -> byPath.putIfAbsent(p, list));
    return list;
  }

  private void refuseValuesNotCollected(FormEvaluation evaluation) {
    for (PlannedGroup group : plan.groups()) {
      for (PlannedItem item : group.items()) {
        boolean sendsValue =
            item.action() == ItemAction.SET
                && item.data().value().filter(v -> !v.isBlank()).isPresent();
        Optional<ItemEvaluation> evaluated =
            group.key().flatMap(key -> evaluation.item(ItemPath.of(key, item.data().itemOid())));
        if (sendsValue && evaluated.filter(e -> e.status() == ItemStatus.HIDDEN).isPresent()) {
          byElement
              .get(item)
              .add(
                  ImportMessage.error(
                      item.data().itemOid()
                          + " is not collected for this subject at this visit (a"
                          + " CollectionExceptionCondition holds), so its value cannot be"
                          + " stored."));
        }
      }
    }
  }

  private ImportFormResult result(
      ImportOutcome formOutcome, Optional<ChangeSet> changes, Integer version) {
    Map<ItemPath, ChangeType> changed = new HashMap<>();
    Set<ItemGroupKey> addedRows = new HashSet<>();
    changes.ifPresent(
        set -> {
          set.itemChanges().forEach(change -> changed.put(change.path(), change.type()));
          set.groupChanges().stream()
              .filter(change -> change.type() == ChangeType.INSERT)
              .map(GroupChange::key)
              .forEach(addedRows::add);
          set.itemChanges().stream()
              .map(ItemChange::path)
              .flatMap(path -> otherWarnings.getOrDefault(path, List.of()).stream())
              .forEach(formMessages::add);
        });
    List<GroupResult> groups =
        plan.groups().stream()
            .map(group -> groupResult(group, formOutcome, changed, addedRows))
            .toList();
    String reason =
        formOutcome == ImportOutcome.STORED ? plan.reasonForChange().orElse(null) : null;
    return ImportFormResult.of(
        submission, plan.transactionType(), formOutcome, version, reason, formMessages, groups);
  }

  private GroupResult groupResult(
      PlannedGroup group,
      ImportOutcome formOutcome,
      Map<ItemPath, ChangeType> changed,
      Set<ItemGroupKey> addedRows) {
    List<ItemResult> items = new ArrayList<>();
    for (PlannedItem item : group.items()) {
      List<ImportMessage> found = byElement.get(item);
      items.add(
          ItemResult.of(item.data(), itemOutcome(formOutcome, group, item, found, changed), found));
    }
    List<ImportMessage> own = byElement.get(group);
    return new GroupResult(
        group.data().itemGroupOid(),
        group.data().repeatKey(),
        ImportFormResult.odm(group.data().transactionType()),
        group.data().position().line(),
        group.data().position().column(),
        groupOutcome(formOutcome, group, own, items, addedRows),
        own,
        items);
  }

  private static ImportOutcome itemOutcome(
      ImportOutcome form,
      PlannedGroup group,
      PlannedItem item,
      List<ImportMessage> found,
      Map<ItemPath, ChangeType> changed) {
    if (item.refused() || found.stream().anyMatch(ImportMessage::refuses)) {
      return ImportOutcome.REFUSED;
    }
    if (form == ImportOutcome.REFUSED || group.action() == GroupAction.NONE) {
      return ImportOutcome.NOT_STORED;
    }
    if (group.action() == GroupAction.REMOVE_ROW) {
      return form == ImportOutcome.STORED ? ImportOutcome.REMOVED : ImportOutcome.UNCHANGED;
    }
    ChangeType change = changed.get(ItemPath.of(group.key().orElseThrow(), item.data().itemOid()));
    if (change == null) {
      return ImportOutcome.UNCHANGED;
    }
    return change == ChangeType.REMOVE ? ImportOutcome.REMOVED : ImportOutcome.STORED;
  }

  private static ImportOutcome groupOutcome(
      ImportOutcome form,
      PlannedGroup group,
      List<ImportMessage> own,
      List<ItemResult> items,
      Set<ItemGroupKey> addedRows) {
    if (group.refusal().isPresent()
        || own.stream().anyMatch(ImportMessage::refuses)
        || items.stream().anyMatch(item -> item.outcome() == ImportOutcome.REFUSED)) {
      return ImportOutcome.REFUSED;
    }
    if (form == ImportOutcome.REFUSED) {
      return ImportOutcome.NOT_STORED;
    }
    if (group.action() == GroupAction.REMOVE_ROW && form == ImportOutcome.STORED) {
      return ImportOutcome.REMOVED;
    }
    boolean written =
        group.key().filter(addedRows::contains).isPresent()
            || items.stream()
                .anyMatch(
                    item ->
                        item.outcome() == ImportOutcome.STORED
                            || item.outcome() == ImportOutcome.REMOVED);
    return written ? ImportOutcome.STORED : ImportOutcome.UNCHANGED;
  }
}
