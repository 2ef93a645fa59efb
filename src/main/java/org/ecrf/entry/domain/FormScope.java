package org.ecrf.entry.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemGroupRef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.StudyDefinition;

/**
 * The item group instances of a form to evaluate, matched against its definition: one instance per
 * non-repeating section (present or not in the input) and one per row given for a repeating
 * section, in form order. Input that does not fit (an unknown item group, a repeat key other than 1
 * for a non-repeating group, an unknown item or one of another group) is reported and left out.
 */
final class FormScope {

  /** One item group instance to evaluate with the fitting entries of the input. */
  record Slot(
      ItemGroupRef ref, ItemGroupDef group, ItemGroupKey key, Map<String, EnteredValue> values) {

    EnteredValue entered(String itemOid) {
      return values.getOrDefault(itemOid, EnteredValue.EMPTY);
    }
  }

  private final List<Slot> slots = new ArrayList<>();
  private final List<CheckMessage> messages = new ArrayList<>();
  private final StudyDefinition definition;
  private final FormDef form;

  private FormScope(StudyDefinition definition, FormDef form) {
    this.definition = definition;
    this.form = form;
  }

  static FormScope of(StudyDefinition definition, FormDef form, FormValues values) {
    FormScope scope = new FormScope(definition, form);
    scope.match(values);
    return scope;
  }

  List<Slot> slots() {
    return List.copyOf(slots);
  }

  List<CheckMessage> messages() {
    return List.copyOf(messages);
  }

  private void match(FormValues values) {
    values.instances().forEach(this::checkFits);
    for (ItemGroupRef ref : form.itemGroupRefs()) {
      Optional<ItemGroupDef> group = definition.itemGroup(ref.itemGroupOid());
      if (group.isEmpty()) {
        throw new IllegalArgumentException(
            "Form " + form.oid() + " refers to undefined item group " + ref.itemGroupOid());
      }
      if (group.get().repeating()) {
        values.instances().stream()
            .filter(instance -> instance.key().itemGroupOid().equals(ref.itemGroupOid()))
            .sorted(Comparator.comparing(GroupInstance::key))
            .forEach(instance -> slots.add(slot(ref, group.get(), instance)));
      } else {
        ItemGroupKey key = ItemGroupKey.of(ref.itemGroupOid());
        GroupInstance instance =
            values.instance(key).orElseGet(() -> new GroupInstance(key, Map.of()));
        slots.add(slot(ref, group.get(), instance));
      }
    }
  }

  private Slot slot(ItemGroupRef ref, ItemGroupDef group, GroupInstance instance) {
    Map<String, EnteredValue> fitting = new LinkedHashMap<>();
    instance
        .values()
        .forEach(
            (itemOid, value) -> {
              if (belongs(group, itemOid)) {
                fitting.put(itemOid, value);
              } else {
                reportItem(group, instance.key(), itemOid);
              }
            });
    return new Slot(ref, group, instance.key(), fitting);
  }

  private void checkFits(GroupInstance instance) {
    ItemGroupKey key = instance.key();
    Optional<ItemGroupDef> group =
        form.itemGroupRefs().stream()
            .filter(ref -> ref.itemGroupOid().equals(key.itemGroupOid()))
            .findFirst()
            .flatMap(ref -> definition.itemGroup(ref.itemGroupOid()));
    if (group.isEmpty()) {
      report(key, BuiltInText.UNKNOWN_GROUP, key.itemGroupOid(), form.oid());
    } else if (!group.get().repeating() && key.repeatKey() != 1) {
      report(key, BuiltInText.NOT_REPEATING, key.itemGroupOid(), key.repeatKey());
    }
  }

  private static boolean belongs(ItemGroupDef group, String itemOid) {
    return group.itemRefs().stream().map(ItemRef::itemOid).anyMatch(itemOid::equals);
  }

  private void reportItem(ItemGroupDef group, ItemGroupKey key, String itemOid) {
    ItemPath path = ItemPath.of(key, itemOid);
    BuiltInText text =
        definition.item(itemOid).isPresent()
            ? BuiltInText.ITEM_NOT_IN_GROUP
            : BuiltInText.UNKNOWN_ITEM;
    messages.add(
        CheckMessage.error(
            CheckKind.STRUCTURE,
            path,
            CheckTexts.compose(text, CheckTexts.same(itemOid), itemOid, group.oid())));
  }

  private void report(ItemGroupKey key, BuiltInText text, String value, Object detail) {
    messages.add(
        CheckMessage.error(
            CheckKind.STRUCTURE,
            ItemPath.ofGroup(key),
            CheckTexts.compose(text, CheckTexts.same(value), value, detail)));
  }
}
