package org.ecrf.crf.odm.clinical;

/**
 * Records as read, with the positions only the reader knows replaced by {@link
 * SourcePosition#NONE}, so that they equal the records that were written.
 */
final class WithoutPositions {

  private WithoutPositions() {}

  static FormSnapshot of(FormSnapshot form) {
    FormDataHeader h = form.header();
    return new FormSnapshot(
        new FormDataHeader(
            h.formOid(), h.repeatKey(), h.transactionType(), h.provenance(), SourcePosition.NONE),
        form.itemGroups().stream().map(WithoutPositions::of).toList());
  }

  static ItemGroupData of(ItemGroupData group) {
    return new ItemGroupData(
        group.itemGroupOid(),
        group.repeatKey(),
        group.transactionType(),
        group.provenance(),
        group.items().stream().map(WithoutPositions::of).toList(),
        SourcePosition.NONE);
  }

  static ItemData of(ItemData item) {
    return new ItemData(
        item.itemOid(),
        item.value(),
        item.measurementUnitOid(),
        item.isNull(),
        item.transactionType(),
        item.provenance(),
        SourcePosition.NONE);
  }
}
