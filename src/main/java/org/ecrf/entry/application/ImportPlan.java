package org.ecrf.entry.application;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecrf.crf.odm.clinical.ItemData;
import org.ecrf.crf.odm.clinical.ItemGroupData;
import org.ecrf.crf.odm.clinical.TransactionType;
import org.ecrf.entry.domain.FormValues;
import org.ecrf.entry.domain.ItemGroupKey;

/**
 * What one imported ODM FormData asks for, laid over what is stored ({@link ImportMerge}): the
 * whole form's values to evaluate and save, the one reason for change the file gives, and for each
 * ItemGroupData and ItemData of the file what the import does with it or why it is refused. A plan
 * with any refusal stores nothing: an import is all or nothing per form.
 *
 * @param transactionType the form's transaction type (its own, else the nearest enclosing one that
 *     is not Context; Insert for a Snapshot file); empty when the items must carry their own
 * @param refusals why the form as a whole is refused (transaction type, study version, reasons)
 * @param groups the file's item groups, in file order
 * @param values the stored values with the file's values laid over them, removed rows left out
 * @param reasonForChange the ReasonForChange of the AuditRecords that apply to changed values
 */
public record ImportPlan(
    Optional<TransactionType> transactionType,
    List<String> refusals,
    List<PlannedGroup> groups,
    FormValues values,
    Optional<String> reasonForChange) {

  public ImportPlan {
    Objects.requireNonNull(transactionType, "transactionType");
    refusals = List.copyOf(refusals);
    groups = List.copyOf(groups);
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(reasonForChange, "reasonForChange");
  }

  /** True when something in the form is refused, so that nothing of it may be stored. */
  public boolean refused() {
    return !refusals.isEmpty() || groups.stream().anyMatch(PlannedGroup::refused);
  }

  /** What the import does with an ItemGroupData. */
  public enum GroupAction {
    /** Its items are written into the row (a new row is added). */
    WRITE,
    /** The stored row of a repeating group is removed (ItemGroupData TransactionType Remove). */
    REMOVE_ROW,
    /** Nothing: the group is refused. */
    NONE
  }

  /** What the import does with an ItemData. */
  public enum ItemAction {
    /** The value (with its unit) replaces what is stored. */
    SET,
    /** The stored value is removed (IsNull="Yes", or TransactionType Remove). */
    CLEAR,
    /** Nothing (TransactionType Context, or an item of a removed row). */
    IGNORE,
    /** Nothing: the item or its group is refused. */
    NONE
  }

  /**
   * One ItemGroupData of the file.
   *
   * @param data the element as read
   * @param key its item group OID and repeat key; empty when the repeat key is not a number from 1
   * @param action what the import does with the row
   * @param refusal why the group is refused
   * @param items its items in file order
   */
  public record PlannedGroup(
      ItemGroupData data,
      Optional<ItemGroupKey> key,
      GroupAction action,
      Optional<String> refusal,
      List<PlannedItem> items) {

    public PlannedGroup {
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(refusal, "refusal");
      items = List.copyOf(items);
    }

    /** True when the group or one of its items is refused. */
    public boolean refused() {
      return refusal.isPresent() || items.stream().anyMatch(PlannedItem::refused);
    }
  }

  /**
   * One ItemData of the file.
   *
   * @param data the element as read
   * @param action what the import does with the value
   * @param refusal why the item is refused
   */
  public record PlannedItem(ItemData data, ItemAction action, Optional<String> refusal) {

    public PlannedItem {
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(refusal, "refusal");
    }

    public boolean refused() {
      return refusal.isPresent();
    }
  }
}
