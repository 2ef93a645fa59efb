package org.ecrf.crf.odm.clinical;

import java.util.List;

/**
 * One form with its item groups, as the writer takes it: the unit of a streamed export.
 *
 * @param header the form's keys, transaction type, audit record, signature and annotations
 * @param itemGroups its item groups with their items, in the order to write
 */
public record FormSnapshot(FormDataHeader header, List<ItemGroupData> itemGroups) {

  public FormSnapshot {
    Require.present(header, "header");
    itemGroups = Require.list(itemGroups, "itemGroups");
  }

  /** The form part of a form that was read, for writing it again. */
  public static FormSnapshot of(FormDataSubmission submission) {
    return new FormSnapshot(submission.form(), submission.itemGroups());
  }
}
