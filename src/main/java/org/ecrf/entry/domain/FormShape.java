package org.ecrf.entry.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.StudyDefinition;

/**
 * The parts of a form's definition that storing needs without the definition at hand: which item
 * groups it has and whether they repeat, which items are derived, and each item's standard unit.
 *
 * @param formOid the FormDef
 * @param groups item group OID to its shape, in form order
 */
public record FormShape(String formOid, Map<String, GroupShape> groups) {

  public FormShape {
    groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
  }

  /**
   * One item group of the form.
   *
   * @param repeating whether it has rows
   * @param itemOids its items in order
   * @param derivedItemOids those computed by the platform
   * @param standardUnitOids item OID to standard unit, for items with units
   */
  public record GroupShape(
      boolean repeating,
      List<String> itemOids,
      Set<String> derivedItemOids,
      Map<String, String> standardUnitOids) {

    public GroupShape {
      itemOids = List.copyOf(itemOids);
      derivedItemOids = Set.copyOf(derivedItemOids);
      standardUnitOids = Map.copyOf(standardUnitOids);
    }
  }

  /** The shape of a form of a definition. */
  static FormShape of(StudyDefinition definition, FormDef form) {
    Map<String, GroupShape> groups = new LinkedHashMap<>();
    for (ItemGroupDef group : definition.itemGroupsOf(form.oid())) {
      List<String> itemOids = group.itemRefs().stream().map(ItemRef::itemOid).toList();
      Set<String> derived =
          Set.copyOf(
              group.itemRefs().stream()
                  .filter(ref -> definition.derivationOf(ref).isPresent())
                  .map(ItemRef::itemOid)
                  .toList());
      Map<String, String> units = new LinkedHashMap<>();
      itemOids.forEach(
          oid ->
              definition
                  .item(oid)
                  .flatMap(item -> item.domain().standardUnitOid())
                  .ifPresent(unit -> units.put(oid, unit)));
      groups.put(group.oid(), new GroupShape(group.repeating(), itemOids, derived, units));
    }
    return new FormShape(form.oid(), groups);
  }

  /** True when the form has the item group. */
  public boolean hasGroup(String itemGroupOid) {
    return groups.containsKey(itemGroupOid);
  }

  /** True for a repeating item group of the form. */
  public boolean isRepeating(String itemGroupOid) {
    return Optional.ofNullable(groups.get(itemGroupOid)).map(GroupShape::repeating).orElse(false);
  }

  /** True for a derived item of the form. */
  public boolean isDerived(ItemPath path) {
    return Optional.ofNullable(groups.get(path.group().itemGroupOid()))
        .map(group -> group.derivedItemOids().contains(path.itemOid()))
        .orElse(false);
  }

  /** The item's standard unit, if it has units. */
  public Optional<String> standardUnitOid(ItemPath path) {
    return Optional.ofNullable(groups.get(path.group().itemGroupOid()))
        .map(group -> group.standardUnitOids().get(path.itemOid()));
  }
}
