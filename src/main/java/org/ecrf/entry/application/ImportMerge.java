package org.ecrf.entry.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.clinical.AuditRecordData;
import org.ecrf.crf.odm.clinical.FormDataSubmission;
import org.ecrf.crf.odm.clinical.ItemData;
import org.ecrf.crf.odm.clinical.ItemGroupData;
import org.ecrf.crf.odm.clinical.TransactionType;
import org.ecrf.entry.application.ImportPlan.GroupAction;
import org.ecrf.entry.application.ImportPlan.ItemAction;
import org.ecrf.entry.application.ImportPlan.PlannedGroup;
import org.ecrf.entry.application.ImportPlan.PlannedItem;
import org.ecrf.entry.domain.EnteredValue;
import org.ecrf.entry.domain.FormValues;
import org.ecrf.entry.domain.GroupInstance;
import org.ecrf.entry.domain.ItemGroupKey;

/**
 * Lays one imported ODM FormData over the stored form, following the ODM transaction types, and
 * says per item what that does or why it is refused. Plain Java: no storage, no container; the
 * validation engine judges the merged values afterwards.
 *
 * <p>Rules (the clinical data API's Javadoc states them for senders):
 *
 * <ul>
 *   <li>The form's transaction type is its own, else that of the nearest StudyEventData or
 *       SubjectData that is not Context; a Snapshot file without one means Insert. Insert needs a
 *       form not started yet, Update a started one, Upsert either; Remove of a whole form, subject
 *       or study event is refused. A form of type Context (or a Transactional file without any type
 *       around it) is checked item by item.
 *   <li>A type is checked at the level that carries it. An ItemGroupData's Insert needs a new row,
 *       Update a stored row; Remove removes a stored row of a repeating group (its items are not
 *       read). An ItemData's own Insert needs an item without value, Update and Remove one with a
 *       value; Context leaves the item alone. Types inherited from above are not checked again.
 *   <li>An item's value replaces the stored one, with its MeasurementUnitRef as unit; IsNull="Yes"
 *       (or Remove) clears it. Items the file does not name keep their values.
 *   <li>The reason for change is the ReasonForChange of the AuditRecord nearest to each changed
 *       stored value (item, item group, form, study event, subject). A save records one reason, so
 *       a form whose changed values carry different reasons is refused.
 *   <li>An item the caller is blinded to for the child, a row or item sent twice, and a repeat key
 *       that is not a whole number from 1 are refused.
 * </ul>
 */
public final class ImportMerge {

  private final FormDataSubmission submission;
  private final FormValues stored;
  private final StudyDefinition definition;
  private final Predicate<String> visibleItem;
  private final Optional<TransactionType> formType;
  private final List<String> refusals = new ArrayList<>();
  private final Map<ItemGroupKey, Map<String, EnteredValue>> written = new LinkedHashMap<>();
  private final Set<ItemGroupKey> removedRows = new HashSet<>();
  private final Set<String> reasons = new LinkedHashSet<>();

  private ImportMerge(
      FormDataSubmission submission,
      FormValues stored,
      StudyDefinition definition,
      Predicate<String> visibleItem) {
    this.submission = submission;
    this.stored = stored;
    this.definition = definition;
    this.visibleItem = visibleItem;
    this.formType = ImportKeys.formTransactionType(submission);
  }

  /**
   * Plans the import of a form.
   *
   * @param submission the form as read from the file
   * @param stored what storage holds for the form (empty when not started)
   * @param started whether the form has been started (stored, even if all values were cleared)
   * @param definition the MetaDataVersion the form is (or will be) entered under
   * @param visibleItem whether the caller may see an item of this child (blinding); items the
   *     caller is blinded to are refused, whatever is stored
   */
  public static ImportPlan plan(
      FormDataSubmission submission,
      FormValues stored,
      boolean started,
      StudyDefinition definition,
      Predicate<String> visibleItem) {
    ImportMerge merge = new ImportMerge(submission, stored, definition, visibleItem);
    merge.refusals.addAll(
        ImportChecks.formRefusals(
            submission, merge.formType, started, definition.header().metaDataVersionOid()));
    List<PlannedGroup> groups = merge.planGroups();
    merge.checkReasons();
    return new ImportPlan(
        merge.formType,
        merge.refusals,
        groups,
        merge.mergedValues(),
        merge.reasons.stream().findFirst());
  }

  private List<PlannedGroup> planGroups() {
    List<PlannedGroup> planned = new ArrayList<>();
    Set<ItemGroupKey> seen = new HashSet<>();
    for (ItemGroupData group : submission.itemGroups()) {
      Optional<ItemGroupKey> key =
          ImportKeys.repeatKey(group.repeatKey())
              .map(repeat -> new ItemGroupKey(group.itemGroupOid(), repeat));
      Optional<String> refusal = groupRefusal(group, key, seen);
      if (refusal.isPresent()) {
        planned.add(new PlannedGroup(group, key, GroupAction.NONE, refusal, notRead(group)));
      } else if (group.transactionType().equals(Optional.of(TransactionType.REMOVE))) {
        removedRows.add(key.orElseThrow());
        reasonOf(submission.auditRecordFor(group));
        planned.add(
            new PlannedGroup(group, key, GroupAction.REMOVE_ROW, Optional.empty(), ignored(group)));
      } else {
        written.computeIfAbsent(key.orElseThrow(), k -> new LinkedHashMap<>());
        planned.add(
            new PlannedGroup(
                group, key, GroupAction.WRITE, Optional.empty(), planItems(group, key.get())));
      }
    }
    return planned;
  }

  private Optional<String> groupRefusal(
      ItemGroupData group, Optional<ItemGroupKey> key, Set<ItemGroupKey> seen) {
    String name = group.itemGroupOid() + "[" + group.repeatKey() + "]";
    if (key.isEmpty()) {
      return Optional.of(
          "ItemGroupRepeatKey \""
              + group.repeatKey()
              + "\" of "
              + group.itemGroupOid()
              + " is not a whole number from 1.");
    }
    if (!seen.add(key.get())) {
      return Optional.of(
          name
              + " appears twice in "
              + ImportChecks.describe(submission)
              + "; send each row once.");
    }
    boolean repeating =
        definition.itemGroup(group.itemGroupOid()).map(ItemGroupDef::repeating).orElse(false);
    return ImportChecks.groupRefusal(
        name, group.transactionType(), stored.instance(key.get()).isPresent(), repeating);
  }

  private List<PlannedItem> planItems(ItemGroupData group, ItemGroupKey key) {
    List<PlannedItem> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ItemData item : group.items()) {
      Optional<String> refusal = itemRefusal(group, key, item, seen);
      if (refusal.isPresent()) {
        items.add(new PlannedItem(item, ItemAction.NONE, refusal));
        continue;
      }
      ItemAction action = action(group, item);
      if (action != ItemAction.IGNORE) {
        EnteredValue entered = entered(key, item, action);
        written.get(key).put(item.itemOid(), entered);
        if (changesStoredValue(key, item.itemOid(), entered)) {
          reasonOf(submission.auditRecordFor(group, item));
        }
      }
      items.add(new PlannedItem(item, action, Optional.empty()));
    }
    return items;
  }

  private Optional<String> itemRefusal(
      ItemGroupData group, ItemGroupKey key, ItemData item, Set<String> seen) {
    if (!seen.add(item.itemOid())) {
      return Optional.of(item.itemOid() + " appears twice in " + key + "; send it once.");
    }
    if (!visibleItem.test(item.itemOid())) {
      return Optional.of(
          item.itemOid()
              + " is blinded to your roles for this child, so it is not imported from you; a data"
              + " manager imports it.");
    }
    return ImportChecks.itemRefusal(
        item.itemOid() + " in " + key,
        item,
        itemType(group, item),
        stored.value(key, item.itemOid()).filter(v -> !v.isEmpty()).isPresent());
  }

  /** The item's own type, else its group's, else the form's; Context above the item is skipped. */
  private Optional<TransactionType> itemType(ItemGroupData group, ItemData item) {
    return item.transactionType()
        .or(() -> group.transactionType().filter(type -> type != TransactionType.CONTEXT))
        .or(() -> formType.filter(type -> type != TransactionType.CONTEXT));
  }

  private ItemAction action(ItemGroupData group, ItemData item) {
    Optional<TransactionType> type = itemType(group, item);
    if (type.equals(Optional.of(TransactionType.CONTEXT))) {
      return ItemAction.IGNORE;
    }
    return item.isNull() || type.equals(Optional.of(TransactionType.REMOVE))
        ? ItemAction.CLEAR
        : ItemAction.SET;
  }

  /**
   * The value to store; the stored entry itself when the file repeats it (so that a warning
   * confirmed on the page stays confirmed).
   */
  private EnteredValue entered(ItemGroupKey key, ItemData item, ItemAction action) {
    if (action == ItemAction.CLEAR) {
      return EnteredValue.EMPTY;
    }
    EnteredValue sent =
        EnteredValue.of(item.value().orElseThrow(), item.measurementUnitOid().orElse(null));
    Optional<EnteredValue> before = stored.value(key, item.itemOid());
    return before.filter(value -> same(value, sent, item.itemOid())).orElse(sent);
  }

  private boolean changesStoredValue(ItemGroupKey key, String itemOid, EnteredValue entered) {
    return stored
        .value(key, itemOid)
        .filter(value -> !value.isEmpty())
        .filter(value -> !same(value, entered, itemOid))
        .isPresent();
  }

  /** Same text (without surrounding whitespace) in the same unit (none meaning the standard). */
  private boolean same(EnteredValue a, EnteredValue b, String itemOid) {
    Optional<String> standard =
        definition.item(itemOid).flatMap(item -> item.domain().standardUnitOid());
    return a.stripped().equals(b.stripped())
        && a.unitOid().or(() -> standard).equals(b.unitOid().or(() -> standard));
  }

  private void reasonOf(Optional<AuditRecordData> record) {
    record
        .flatMap(AuditRecordData::reasonForChange)
        .map(String::strip)
        .filter(reason -> !reason.isEmpty())
        .ifPresent(reasons::add);
  }

  private void checkReasons() {
    if (reasons.isEmpty()) {
      reasonOf(submission.auditRecordForForm());
    }
    if (reasons.size() > 1) {
      refusals.add(
          "The changed values of "
              + ImportChecks.describe(submission)
              + " carry different reasons for change ("
              + String.join("; ", reasons)
              + "); a form is saved with one reason, so send one FormData per reason.");
    }
  }

  private FormValues mergedValues() {
    FormValues.Builder merged = FormValues.builder();
    for (GroupInstance instance : stored.instances()) {
      if (!removedRows.contains(instance.key())) {
        merged.add(instance);
      }
    }
    written.forEach(
        (key, values) -> {
          merged.instance(key);
          values.forEach((itemOid, value) -> merged.value(key, itemOid, value));
        });
    return merged.build();
  }

  private static List<PlannedItem> notRead(ItemGroupData group) {
    return group.items().stream()
        .map(item -> new PlannedItem(item, ItemAction.NONE, Optional.empty()))
        .toList();
  }

  private static List<PlannedItem> ignored(ItemGroupData group) {
    return group.items().stream()
        .map(item -> new PlannedItem(item, ItemAction.IGNORE, Optional.empty()))
        .toList();
  }
}
