package org.ecrf.entry.domain;

import java.util.Objects;

/**
 * Where a value or message sits in a form: the item group instance and the item OID. A message
 * about a whole instance (an unknown item group, a missing row) has an empty item OID. The caller
 * adds subject, study event and form for the audit trail.
 *
 * @param group the item group OID and repeat key
 * @param itemOid the item, or empty text for the instance itself
 */
public record ItemPath(ItemGroupKey group, String itemOid) {

  public ItemPath {
    Objects.requireNonNull(group, "group");
    itemOid = Objects.requireNonNullElse(itemOid, "");
  }

  /** The path of an item in an instance. */
  public static ItemPath of(ItemGroupKey group, String itemOid) {
    return new ItemPath(group, itemOid);
  }

  /** The path of an instance as a whole. */
  public static ItemPath ofGroup(ItemGroupKey group) {
    return new ItemPath(group, "");
  }

  /** True for a path naming an instance rather than an item. */
  public boolean isGroupLevel() {
    return itemOid.isEmpty();
  }

  /** Written {@code IG.AE[2]/I.AE_TERM}, or {@code IG.AE[2]} for an instance. */
  @Override
  public String toString() {
    return isGroupLevel() ? group.toString() : group + "/" + itemOid;
  }
}
