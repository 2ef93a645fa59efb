package org.ecrf.entry.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecrf.crf.domain.ConditionDef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.SubjectContext;

/**
 * Decides which sections and items are collected (ODM CollectionExceptionConditionOID on
 * ItemGroupRef and ItemRef). A condition sees the values in scope: its own instance's items and
 * those of the form's non-repeating sections (an instance's own value wins), plus the {@code $}
 * variables. A hidden item counts as empty for every condition, since it will not be stored; as
 * hiding one item may show or hide another, the decision is repeated until nothing changes (at most
 * once per conditional item and section, so that even contradictory definitions give one
 * deterministic answer).
 */
final class SkipLogic {

  /** The hidden sections and items. */
  record Visibility(Set<ItemGroupKey> hiddenGroups, Set<ItemPath> hiddenItems) {
    Visibility {
      hiddenGroups = Set.copyOf(hiddenGroups);
      hiddenItems = Set.copyOf(hiddenItems);
    }

    static final Visibility NOTHING_HIDDEN = new Visibility(Set.of(), Set.of());

    boolean isHidden(ItemGroupKey key) {
      return hiddenGroups.contains(key);
    }

    boolean isHidden(ItemPath path) {
      return hiddenGroups.contains(path.group()) || hiddenItems.contains(path);
    }
  }

  private final StudyDefinition definition;
  private final SubjectContext subject;
  private final List<FormScope.Slot> slots;
  private final Map<ItemPath, String> values;

  /**
   * @param values the comparable text of every non-empty entered value (not derived), by path
   */
  SkipLogic(
      StudyDefinition definition,
      SubjectContext subject,
      List<FormScope.Slot> slots,
      Map<ItemPath, String> values) {
    this.definition = definition;
    this.subject = subject;
    this.slots = List.copyOf(slots);
    this.values = Map.copyOf(values);
  }

  /** What is hidden; everything when the form itself is not collected. */
  Visibility resolve(boolean formCollected) {
    int rounds = 2 + slots.stream().mapToInt(slot -> 1 + slot.group().itemRefs().size()).sum();
    Visibility current = Visibility.NOTHING_HIDDEN;
    for (int round = 0; round < rounds; round++) {
      Visibility next = decide(current, formCollected);
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
    return current;
  }

  /** The values an instance's conditions, checks and derivations see. */
  Map<String, String> scope(FormScope.Slot slot, Visibility visibility) {
    Map<String, String> scope = nonRepeatingScope(visibility);
    if (slot.group().repeating()) {
      scope.putAll(valuesOf(slot, visibility));
    }
    return scope;
  }

  /** Whether a condition (if any) holds in a scope: what it governs is then not collected. */
  boolean holds(Optional<String> conditionOid, Map<String, String> scope) {
    return conditionOid
        .flatMap(definition::condition)
        .map(condition -> condition.holds(scope, subject))
        .orElse(false);
  }

  /** Whether a condition on the form or an event holds: it sees only the {@code $} variables. */
  boolean holdsForForm(Optional<String> conditionOid) {
    return conditionOid
        .flatMap(definition::condition)
        .map((ConditionDef condition) -> condition.holds(Map.of(), subject))
        .orElse(false);
  }

  /** The scope of the non-repeating sections alone (for a repeating section without rows). */
  Map<String, String> nonRepeatingScope(Visibility visibility) {
    Map<String, String> scope = new LinkedHashMap<>();
    slots.stream()
        .filter(slot -> !slot.group().repeating())
        .forEach(slot -> scope.putAll(valuesOf(slot, visibility)));
    return scope;
  }

  private Visibility decide(Visibility current, boolean formCollected) {
    Set<ItemGroupKey> hiddenGroups = new HashSet<>();
    Set<ItemPath> hiddenItems = new HashSet<>();
    for (FormScope.Slot slot : slots) {
      Map<String, String> scope = scope(slot, current);
      if (!formCollected || holds(slot.ref().collectionExceptionConditionOid(), scope)) {
        hiddenGroups.add(slot.key());
        continue;
      }
      for (ItemRef ref : slot.group().itemRefs()) {
        if (holds(ref.collectionExceptionConditionOid(), scope)) {
          hiddenItems.add(ItemPath.of(slot.key(), ref.itemOid()));
        }
      }
    }
    return new Visibility(hiddenGroups, hiddenItems);
  }

  private Map<String, String> valuesOf(FormScope.Slot slot, Visibility visibility) {
    Map<String, String> slotValues = new LinkedHashMap<>();
    for (ItemRef ref : slot.group().itemRefs()) {
      ItemPath path = ItemPath.of(slot.key(), ref.itemOid());
      String value = values.get(path);
      if (value != null && !visibility.isHidden(path)) {
        slotValues.put(ref.itemOid(), value);
      }
    }
    return slotValues;
  }
}
