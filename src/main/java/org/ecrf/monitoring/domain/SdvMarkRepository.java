package org.ecrf.monitoring.domain;

import java.util.List;
import org.ecrf.entry.domain.FormData;

/** Storage of SDV marks. */
public interface SdvMarkRepository {

  List<SdvMark> marksOf(FormData form);

  void add(SdvMark mark);

  void remove(SdvMark mark);

  /**
   * Raises the form's version with this transaction, as a save does: a save and a verification of
   * the same form at the same moment cannot both succeed, so no mark ever covers a value its
   * monitor did not see.
   */
  void guardAgainstConcurrentSaves(FormData form);
}
