package org.ecrf.entry.domain;

import java.util.Objects;

/**
 * One instance of an item group in a form (ODM ItemGroupData): the ItemGroupOID and the
 * ItemGroupRepeatKey, which is 1 for a non-repeating group and numbers the rows of a repeating one.
 *
 * @param itemGroupOid e.g. {@code IG.AE}
 * @param repeatKey 1 or more
 */
public record ItemGroupKey(String itemGroupOid, int repeatKey) implements Comparable<ItemGroupKey> {

  public ItemGroupKey {
    Objects.requireNonNull(itemGroupOid, "itemGroupOid");
    if (repeatKey < 1) {
      throw new IllegalArgumentException(
          "The repeat key of item group " + itemGroupOid + " starts at 1, not " + repeatKey);
    }
  }

  /** The single instance of a non-repeating group. */
  public static ItemGroupKey of(String itemGroupOid) {
    return new ItemGroupKey(itemGroupOid, 1);
  }

  @Override
  public int compareTo(ItemGroupKey other) {
    int byOid = itemGroupOid.compareTo(other.itemGroupOid);
    return byOid != 0 ? byOid : Integer.compare(repeatKey, other.repeatKey);
  }

  /** Written {@code IG.AE[2]}. */
  @Override
  public String toString() {
    return itemGroupOid + "[" + repeatKey + "]";
  }
}
