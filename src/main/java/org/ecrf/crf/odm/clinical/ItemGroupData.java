package org.ecrf.crf.odm.clinical;

import java.util.List;
import java.util.Optional;

/**
 * An ItemGroupData element: one row of an item group (one of several when the group repeats) with
 * its items. A group with the transaction type Remove removes the row and may carry no items.
 *
 * @param itemGroupOid the ItemGroupOID
 * @param repeatKey the ItemGroupRepeatKey; the reader gives "1" when the file has none
 * @param transactionType what the receiver is asked to do with the row
 * @param provenance the row's own audit record, signature and annotations
 * @param items the items, in file order
 * @param position where the element is in the file read; {@link SourcePosition#NONE} when built in
 *     code
 */
public record ItemGroupData(
    String itemGroupOid,
    String repeatKey,
    Optional<TransactionType> transactionType,
    Provenance provenance,
    List<ItemData> items,
    SourcePosition position) {

  public ItemGroupData {
    Require.key(itemGroupOid, "itemGroupOid");
    Require.key(repeatKey, "repeatKey");
    Require.present(transactionType, "transactionType");
    Require.present(provenance, "provenance");
    items = Require.list(items, "items");
    Require.present(position, "position");
  }

  /** A row with items and nothing attached. */
  public static ItemGroupData of(String itemGroupOid, String repeatKey, List<ItemData> items) {
    return new ItemGroupData(
        itemGroupOid, repeatKey, Optional.empty(), Provenance.NONE, items, SourcePosition.NONE);
  }
}
