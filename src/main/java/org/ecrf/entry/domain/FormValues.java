package org.ecrf.entry.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one form holds at a moment, as entered: its item group instances with the raw text of each
 * item. The page sends it after each change and on save; an import builds it from ODM FormData;
 * storage gives the stored form in the same shape. Instances keep the order given.
 *
 * @param instances the item group instances; each key at most once
 */
public record FormValues(List<GroupInstance> instances) {

  public FormValues {
    instances = List.copyOf(instances);
    Set<ItemGroupKey> seen = new HashSet<>();
    for (GroupInstance instance : instances) {
      if (!seen.add(instance.key())) {
        throw new IllegalArgumentException(
            "Item group " + instance.key() + " is given twice in the form's values");
      }
    }
  }

  /** A form with no values at all. */
  public static FormValues empty() {
    return new FormValues(List.of());
  }

  /** Collects values item by item. */
  public static Builder builder() {
    return new Builder();
  }

  /** The instance with a key, if present. */
  public Optional<GroupInstance> instance(ItemGroupKey key) {
    return instances.stream().filter(instance -> instance.key().equals(key)).findFirst();
  }

  /** The entered value of an item in an instance, if there is an entry for it. */
  public Optional<EnteredValue> value(ItemGroupKey key, String itemOid) {
    return instance(key).flatMap(instance -> instance.value(itemOid));
  }

  /**
   * These values with {@code changes} laid over them item by item: an item given in {@code changes}
   * takes that entry (an empty text clears it), every other item keeps its value, and instances
   * only in {@code changes} are added. This is how an ODM Update or Upsert of a few items becomes a
   * whole form to evaluate.
   */
  public FormValues overlay(FormValues changes) {
    Builder merged = new Builder();
    instances.forEach(merged::add);
    changes.instances().forEach(merged::add);
    return merged.build();
  }

  /** Builds {@link FormValues}; a later entry for the same item replaces an earlier one. */
  public static final class Builder {
    private final Map<ItemGroupKey, Map<String, EnteredValue>> instances = new LinkedHashMap<>();

    private Builder() {}

    /** Adds an instance (a row of a repeating group) even if it has no values yet. */
    public Builder instance(ItemGroupKey key) {
      instances.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> new LinkedHashMap<>());
      return this;
    }

    /** Sets an item of an instance. */
    public Builder value(ItemGroupKey key, String itemOid, EnteredValue value) {
      instance(key);
      instances.get(key).put(Objects.requireNonNull(itemOid, "itemOid"), value);
      return this;
    }

    /** Sets an item of a non-repeating group in its standard unit. */
    public Builder value(String itemGroupOid, String itemOid, String text) {
      return value(ItemGroupKey.of(itemGroupOid), itemOid, EnteredValue.of(text));
    }

    /** Adds every entry of an instance. */
    public Builder add(GroupInstance instance) {
      instance(instance.key());
      instances.get(instance.key()).putAll(instance.values());
      return this;
    }

    public FormValues build() {
      List<GroupInstance> built = new ArrayList<>();
      instances.forEach((key, values) -> built.add(new GroupInstance(key, values)));
      return new FormValues(built);
    }
  }
}
