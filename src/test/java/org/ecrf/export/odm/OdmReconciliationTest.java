package org.ecrf.export.odm;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecrf.export.domain.ReconciliationLine;
import org.ecrf.export.odm.OdmReconciliation.Count;
import org.ecrf.export.odm.OdmReconciliation.LeftOut;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A line's note explains a difference only when the reasons account for all of it. */
class OdmReconciliationTest {

  @ParameterizedTest(name = "read {0}, written {1}, blinded {2}, outside {3}: ''{4}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "10 | 10 | 0 | 0 | ''",
        "10 | 7 | 2 | 1 | 2 blinded to the reader's roles; 1 of visits outside the date range",
        "10 | 8 | 2 | 0 | 2 blinded to the reader's roles",
        "10 | 9 | 0 | 1 | 1 of visits outside the date range",
        "10 | 7 | 2 | 0 | ''",
        "10 | 9 | 2 | 0 | ''"
      })
  void explainsADifferenceOnlyWhenTheReasonsAddUp(
      long read, long written, long blinded, long outside, String note) {
    OdmReconciliation counts = new OdmReconciliation();
    counts.read(Count.ITEM_VALUES, read);
    counts.written(Count.ITEM_VALUES, written);
    counts.leftOut(Count.ITEM_VALUES, LeftOut.BLINDED, blinded);
    counts.leftOut(Count.ITEM_VALUES, LeftOut.OUTSIDE_DATES, outside);

    ReconciliationLine line = counts.reconciliation().lines().get(Count.ITEM_VALUES.ordinal());

    assertThat(line).isEqualTo(new ReconciliationLine("item values", read, written, note));
    assertThat(line.reconciles()).isEqualTo(read == written || !note.isEmpty());
  }
}
