package org.ecrf.entry.domain;

import java.util.ArrayList;
import java.util.List;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemGroupRef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.LocalizedText;
import org.ecrf.crf.domain.StudyDefinition;

/**
 * Lists what a form still lacks before it can be marked complete: each collected, entered (not
 * derived) item whose ItemRef is Mandatory and that has no value, and each mandatory repeating
 * section that is collected but has no row. A section whose ItemGroupRef is not Mandatory and that
 * was left entirely empty is skipped, so its mandatory items are not missing; a row that exists is
 * in use. Missing items never block saving an incomplete form.
 */
final class MandatoryItems {

  private final StudyDefinition definition;
  private final SkipLogic skipLogic;
  private final SkipLogic.Visibility visibility;

  MandatoryItems(StudyDefinition definition, SkipLogic skipLogic, SkipLogic.Visibility visibility) {
    this.definition = definition;
    this.skipLogic = skipLogic;
    this.visibility = visibility;
  }

  /**
   * @param refs the form's sections in order
   * @param slots the evaluated instances, in the order of {@code groups}
   * @param formCollected whether the form itself is collected
   */
  List<CheckMessage> missing(
      List<ItemGroupRef> refs,
      List<FormScope.Slot> slots,
      List<GroupEvaluation> groups,
      boolean formCollected) {
    List<CheckMessage> missing = new ArrayList<>();
    for (ItemGroupRef ref : refs) {
      for (int i = 0; i < slots.size(); i++) {
        if (slots.get(i).ref().equals(ref)) {
          missing.addAll(missingItems(slots.get(i), groups.get(i)));
        }
      }
      boolean noRow = slots.stream().noneMatch(slot -> slot.ref().equals(ref));
      if (noRow && formCollected && ref.mandatory()) {
        definition
            .itemGroup(ref.itemGroupOid())
            .ifPresent(group -> missingRow(ref, group, missing));
      }
    }
    return missing;
  }

  private List<CheckMessage> missingItems(FormScope.Slot slot, GroupEvaluation group) {
    boolean inUse =
        slot.ref().mandatory()
            || slot.group().repeating()
            || group.items().stream()
                .anyMatch(item -> item.status() == ItemStatus.ENTERED && !item.entered().isEmpty());
    if (!group.collected() || !inUse) {
      return List.of();
    }
    List<CheckMessage> missing = new ArrayList<>();
    for (ItemRef ref : slot.group().itemRefs()) {
      group
          .item(ref.itemOid())
          .filter(item -> ref.mandatory() && item.status() == ItemStatus.ENTERED)
          .filter(item -> item.entered().isEmpty())
          .ifPresent(item -> missing.add(missingValue(item.path(), ref)));
    }
    return missing;
  }

  private CheckMessage missingValue(ItemPath path, ItemRef ref) {
    LocalizedText question =
        definition
            .item(ref.itemOid())
            .map(CheckTexts::question)
            .orElse(CheckTexts.same(ref.itemOid()));
    return CheckMessage.info(
        CheckKind.MISSING, path, CheckTexts.compose(BuiltInText.MISSING_VALUE, question, ""));
  }

  private void missingRow(ItemGroupRef ref, ItemGroupDef group, List<CheckMessage> missing) {
    if (!group.repeating()
        || skipLogic.holds(
            ref.collectionExceptionConditionOid(), skipLogic.nonRepeatingScope(visibility))) {
      return;
    }
    LocalizedText title =
        group.section().title().isEmpty() ? CheckTexts.same(group.name()) : group.section().title();
    missing.add(
        CheckMessage.info(
            CheckKind.MISSING,
            ItemPath.ofGroup(ItemGroupKey.of(group.oid())),
            CheckTexts.compose(BuiltInText.MISSING_ROW, title, "")));
  }
}
