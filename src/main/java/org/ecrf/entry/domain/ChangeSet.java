package org.ecrf.entry.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a save writes: the item group instances added or removed and every value inserted, updated
 * or removed, compared with what is stored. Unchanged values give no change. Built from a {@link
 * FormEvaluation} without errors, so that only valid, collected values are stored; hidden items'
 * stored values and the values of removed rows are removed.
 *
 * <p>Values compare by text (without surrounding whitespace) and unit; a stored value without a
 * unit is in the item's standard unit. Stored instances of item groups that are not part of the
 * form, and stored values of items that are not part of their group, are left as they are: this
 * change set only concerns the form's definition.
 *
 * @param groupChanges instances added (in form order), then stored rows removed
 * @param itemChanges value changes in form order, then the values of removed rows
 */
public record ChangeSet(List<GroupChange> groupChanges, List<ItemChange> itemChanges) {

  public ChangeSet {
    groupChanges = List.copyOf(groupChanges);
    itemChanges = List.copyOf(itemChanges);
  }

  /**
   * The changes that turn the stored form into the evaluated one.
   *
   * @param stored what storage holds for the form, in the input's shape (text and unit per item)
   * @param evaluation the evaluation of the form's new values
   * @throws IllegalArgumentException when the evaluation has errors: nothing may be stored then
   */
  public static ChangeSet between(FormValues stored, FormEvaluation evaluation) {
    if (evaluation.hasErrors()) {
      throw new IllegalArgumentException(
          "The values of form "
              + evaluation.formOid()
              + " have errors; they must be corrected before anything is stored");
    }
    List<GroupChange> groups = new ArrayList<>();
    List<ItemChange> items = new ArrayList<>();
    FormShape shape = evaluation.shape();
    for (GroupEvaluation group : evaluation.groups()) {
      Optional<GroupInstance> before = stored.instance(group.key());
      boolean added =
          before.isEmpty()
              && (shape.isRepeating(group.key().itemGroupOid())
                  || group.items().stream().anyMatch(item -> item.value().isPresent()));
      if (added) {
        groups.add(new GroupChange(group.key(), ChangeType.INSERT));
      }
      group.items().forEach(item -> change(item, before, shape).ifPresent(items::add));
    }
    for (GroupInstance instance : stored.instances()) {
      if (isRemovedRow(instance.key(), evaluation)) {
        groups.add(new GroupChange(instance.key(), ChangeType.REMOVE));
        items.addAll(removedRow(instance, shape));
      }
    }
    return new ChangeSet(groups, items);
  }

  /** True when nothing is to be written. */
  public boolean isEmpty() {
    return groupChanges.isEmpty() && itemChanges.isEmpty();
  }

  /** True when the save needs a reason for change. */
  public boolean needsReason() {
    return groupChanges.stream().anyMatch(GroupChange::reasonRequired)
        || itemChanges.stream().anyMatch(ItemChange::reasonRequired);
  }

  /** The value changes that need a reason for change. */
  public List<ItemChange> changesNeedingReason() {
    return itemChanges.stream().filter(ItemChange::reasonRequired).toList();
  }

  private static Optional<ItemChange> change(
      ItemEvaluation item, Optional<GroupInstance> storedInstance, FormShape shape) {
    ItemPath path = item.path();
    Optional<StoredValue> before =
        storedInstance
            .flatMap(instance -> instance.value(path.itemOid()))
            .flatMap(v -> stored(v, path, shape));
    Optional<StoredValue> after = item.value().map(ItemValue::stored);
    if (before.equals(after)) {
      return Optional.empty();
    }
    boolean derived = shape.isDerived(path);
    ChangeCause cause = cause(item, after, derived);
    ChangeType type =
        before.isEmpty()
            ? ChangeType.INSERT
            : after.isEmpty() ? ChangeType.REMOVE : ChangeType.UPDATE;
    return Optional.of(new ItemChange(path, type, before, after, cause, derived));
  }

  private static ChangeCause cause(
      ItemEvaluation item, Optional<StoredValue> after, boolean derived) {
    if (item.status() == ItemStatus.HIDDEN) {
      return ChangeCause.HIDDEN;
    }
    if (derived) {
      return ChangeCause.DERIVED;
    }
    return after.isEmpty() ? ChangeCause.CLEARED : ChangeCause.ENTERED;
  }

  /** A stored entry as a stored value: none when empty, the standard unit when none is given. */
  private static Optional<StoredValue> stored(EnteredValue value, ItemPath path, FormShape shape) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> unit = value.unitOid().or(() -> shape.standardUnitOid(path));
    return Optional.of(new StoredValue(value.stripped(), unit));
  }

  private static boolean isRemovedRow(ItemGroupKey key, FormEvaluation evaluation) {
    return evaluation.shape().isRepeating(key.itemGroupOid()) && evaluation.group(key).isEmpty();
  }

  private static List<ItemChange> removedRow(GroupInstance row, FormShape shape) {
    List<ItemChange> removed = new ArrayList<>();
    for (Map.Entry<String, EnteredValue> entry : row.values().entrySet()) {
      ItemPath path = ItemPath.of(row.key(), entry.getKey());
      stored(entry.getValue(), path, shape)
          .ifPresent(
              before ->
                  removed.add(
                      new ItemChange(
                          path,
                          ChangeType.REMOVE,
                          Optional.of(before),
                          Optional.empty(),
                          ChangeCause.ROW_REMOVED,
                          shape.isDerived(path))));
    }
    return removed;
  }
}
