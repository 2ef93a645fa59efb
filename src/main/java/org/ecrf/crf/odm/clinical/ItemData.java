package org.ecrf.crf.odm.clinical;

import java.util.Optional;

/**
 * An ItemData element: one item's value exactly as the file gives it (no trimming, no type
 * conversion; checking it against the item's definition is the caller's work), with its unit.
 *
 * @param itemOid the ItemOID
 * @param value the Value attribute as given; absent when the file has none (a removal, a null)
 * @param measurementUnitOid the MeasurementUnitRef's MeasurementUnitOID
 * @param isNull whether the item is explicitly null (ODM IsNull="Yes"); then the value is absent or
 *     empty
 * @param transactionType what the receiver is asked to do with the item
 * @param provenance the item's own audit record, signature and annotations
 * @param position where the element is in the file read; {@link SourcePosition#NONE} when built in
 *     code
 */
public record ItemData(
    String itemOid,
    Optional<String> value,
    Optional<String> measurementUnitOid,
    boolean isNull,
    Optional<TransactionType> transactionType,
    Provenance provenance,
    SourcePosition position) {

  public ItemData {
    Require.key(itemOid, "itemOid");
    Require.present(value, "value");
    Require.optionalKey(measurementUnitOid, "measurementUnitOid");
    Require.present(transactionType, "transactionType");
    Require.present(provenance, "provenance");
    Require.present(position, "position");
    if (isNull && value.filter(v -> !v.isEmpty()).isPresent()) {
      throw new IllegalArgumentException("Item " + itemOid + " cannot be null and have a value");
    }
  }

  /** An item with a value and nothing else. */
  public static ItemData of(String itemOid, String value) {
    return new ItemData(
        itemOid,
        Optional.of(value),
        Optional.empty(),
        false,
        Optional.empty(),
        Provenance.NONE,
        SourcePosition.NONE);
  }

  /** An item that is explicitly null. */
  public static ItemData nullValue(String itemOid) {
    return new ItemData(
        itemOid,
        Optional.empty(),
        Optional.empty(),
        true,
        Optional.empty(),
        Provenance.NONE,
        SourcePosition.NONE);
  }

  /** The same item with a unit. */
  public ItemData withUnit(String unitOid) {
    return new ItemData(
        itemOid, value, Optional.of(unitOid), isNull, transactionType, provenance, position);
  }

  /** The same item with a transaction type. */
  public ItemData withTransactionType(TransactionType type) {
    return new ItemData(
        itemOid, value, measurementUnitOid, isNull, Optional.of(type), provenance, position);
  }

  /** The same item with an audit record, signature and annotations. */
  public ItemData withProvenance(Provenance attached) {
    return new ItemData(
        itemOid, value, measurementUnitOid, isNull, transactionType, attached, position);
  }
}
