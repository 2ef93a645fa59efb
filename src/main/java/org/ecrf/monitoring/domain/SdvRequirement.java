package org.ecrf.monitoring.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.SdvPlan;
import org.ecrf.entry.domain.EnteredValue;
import org.ecrf.entry.domain.FormValues;
import org.ecrf.entry.domain.GroupInstance;
import org.ecrf.entry.domain.ItemPath;

/**
 * Which stored values of a form a monitor verifies against the source documents, by the form's SDV
 * plan (study definition, extension {@code edc:SdvPlan}): ALL its items, the CRITICAL ones ({@code
 * edc:Critical="Yes"} on the ItemRef), or NONE. Only items with a stored value need verification,
 * and derived items never do: the platform computes them from inputs that are verified themselves.
 */
public final class SdvRequirement {

  private SdvRequirement() {}

  /**
   * The items to verify, in form order (sections in order, rows by repeat key, items in order).
   *
   * @param plan the form's SDV plan
   * @param sections the form's item groups, in order
   * @param stored the form's stored values
   */
  public static List<ItemPath> required(
      SdvPlan plan, List<ItemGroupDef> sections, FormValues stored) {
    List<ItemPath> required = new ArrayList<>();
    if (plan == SdvPlan.NONE) {
      return required;
    }
    for (ItemGroupDef section : sections) {
      List<GroupInstance> rows =
          stored.instances().stream()
              .filter(instance -> instance.key().itemGroupOid().equals(section.oid()))
              .sorted(Comparator.comparing(GroupInstance::key))
              .toList();
      for (GroupInstance row : rows) {
        for (ItemRef item : section.itemRefs()) {
          if (needsVerification(plan, item) && hasValue(row, item.itemOid())) {
            required.add(ItemPath.of(row.key(), item.itemOid()));
          }
        }
      }
    }
    return required;
  }

  /** The required items without a current verification, in the order given. */
  public static List<ItemPath> pending(List<ItemPath> required, Collection<ItemPath> verified) {
    Set<ItemPath> done = Set.copyOf(verified);
    return required.stream().filter(path -> !done.contains(path)).toList();
  }

  private static boolean needsVerification(SdvPlan plan, ItemRef item) {
    return !item.isDerived() && (plan == SdvPlan.ALL || item.critical());
  }

  private static boolean hasValue(GroupInstance row, String itemOid) {
    return row.value(itemOid).filter(value -> !value.isEmpty()).map(EnteredValue::text).isPresent();
  }
}
