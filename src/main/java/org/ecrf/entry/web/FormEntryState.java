package org.ecrf.entry.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecrf.crf.web.FormRenderModel;
import org.ecrf.crf.web.FormRenderModel.Field;
import org.ecrf.crf.web.FormRenderModel.Section;
import org.ecrf.crf.web.ItemInputKind;
import org.ecrf.entry.domain.EnteredValue;
import org.ecrf.entry.domain.FormValues;
import org.ecrf.entry.domain.GroupInstance;
import org.ecrf.entry.domain.ItemGroupKey;
import org.ecrf.entry.domain.ItemPath;

/**
 * The form as the user has typed it so far: text, chosen unit and warning confirmation per item,
 * and the rows of the repeating sections. Keys are {@code IG.X|repeat|I.Y}. A confirmation belongs
 * to a value: changing the value drops it.
 */
public class FormEntryState implements Serializable {

  private final Map<String, String> text = new HashMap<>();
  private final Map<String, String> unit = new HashMap<>();
  private final Map<String, Boolean> confirmed = new HashMap<>();
  private final Map<String, List<Integer>> rows = new HashMap<>();
  private final Map<String, String> confirmedFor = new HashMap<>();

  static String key(ItemPath path) {
    return key(path.group().itemGroupOid(), path.group().repeatKey(), path.itemOid());
  }

  static String key(String groupOid, int repeat, String itemOid) {
    return groupOid + "|" + repeat + "|" + itemOid;
  }

  /** Fills the state from stored values; a repeating section without rows starts with none. */
  void load(FormRenderModel layout, FormValues stored) {
    text.clear();
    unit.clear();
    confirmed.clear();
    confirmedFor.clear();
    rows.clear();
    for (Section section : layout.sections()) {
      List<Integer> keys =
          section.repeating()
              ? stored.instances().stream()
                  .map(GroupInstance::key)
                  .filter(k -> k.itemGroupOid().equals(section.oid()))
                  .map(ItemGroupKey::repeatKey)
                  .sorted()
                  .collect(java.util.stream.Collectors.toCollection(ArrayList::new))
              : new ArrayList<>(List.of(1));
      rows.put(section.oid(), keys);
    }
    for (GroupInstance instance : stored.instances()) {
      instance.values().forEach((itemOid, value) -> put(instance.key(), itemOid, value));
    }
  }

  private void put(ItemGroupKey group, String itemOid, EnteredValue value) {
    String k = key(group.itemGroupOid(), group.repeatKey(), itemOid);
    text.put(k, value.text());
    value.unitOid().ifPresent(u -> unit.put(k, u));
    if (value.warningConfirmed()) {
      confirmed.put(k, true);
      confirmedFor.put(k, value.text());
    }
  }

  /**
   * The values to evaluate or save: every row of every section, typed items only (derived ones are
   * computed).
   */
  FormValues values(FormRenderModel layout) {
    FormValues.Builder values = FormValues.builder();
    for (Section section : layout.sections()) {
      for (int repeat : rows.getOrDefault(section.oid(), List.of())) {
        ItemGroupKey group = new ItemGroupKey(section.oid(), repeat);
        values.instance(group);
        for (Field field : section.fields()) {
          if (field.kind() != ItemInputKind.DERIVED) {
            values.value(group, field.oid(), entered(key(section.oid(), repeat, field.oid())));
          }
        }
      }
    }
    return values.build();
  }

  private EnteredValue entered(String k) {
    String value = Optional.ofNullable(text.get(k)).orElse("");
    boolean stillConfirmed = Boolean.TRUE.equals(confirmed.get(k)) && valueConfirmedIs(k, value);
    return new EnteredValue(
        value, Optional.ofNullable(unit.get(k)).filter(u -> !u.isBlank()), stillConfirmed);
  }

  /**
   * A confirmation ticked now applies to the value shown now; a later change of the value drops it.
   */
  private boolean valueConfirmedIs(String k, String value) {
    confirmedFor.putIfAbsent(k, value);
    if (!confirmedFor.get(k).equals(value)) {
      confirmed.remove(k);
      confirmedFor.remove(k);
      return false;
    }
    return true;
  }

  int addRow(String groupOid) {
    List<Integer> keys = rows.computeIfAbsent(groupOid, g -> new ArrayList<>());
    int next = keys.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    keys.add(next);
    return next;
  }

  void removeRow(String groupOid, int repeat) {
    rows.getOrDefault(groupOid, new ArrayList<>()).remove(Integer.valueOf(repeat));
    String prefix = groupOid + "|" + repeat + "|";
    text.keySet().removeIf(k -> k.startsWith(prefix));
    unit.keySet().removeIf(k -> k.startsWith(prefix));
    confirmed.keySet().removeIf(k -> k.startsWith(prefix));
    confirmedFor.keySet().removeIf(k -> k.startsWith(prefix));
  }

  public Map<String, String> getText() {
    return text;
  }

  public Map<String, String> getUnit() {
    return unit;
  }

  public Map<String, Boolean> getConfirmed() {
    return confirmed;
  }

  public List<Integer> rows(String groupOid) {
    return rows.getOrDefault(groupOid, List.of());
  }
}
