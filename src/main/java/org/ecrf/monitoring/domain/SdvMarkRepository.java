package org.ecrf.monitoring.domain;

import java.util.List;
import org.ecrf.entry.domain.FormData;
import org.ecrf.subject.domain.Subject;

/** Storage of SDV marks. */
public interface SdvMarkRepository {

  List<SdvMark> marksOf(FormData form);

  /** Every mark on any form of the subject. */
  List<SdvMark> marksOfSubject(Subject subject);

  void add(SdvMark mark);

  void remove(SdvMark mark);

  /**
   * Raises the form's version with this transaction, as a save does: a save and a verification of
   * the same form at the same moment cannot both succeed, so no mark ever covers a value its
   * monitor did not see.
   */
  void guardAgainstConcurrentSaves(FormData form);
}
