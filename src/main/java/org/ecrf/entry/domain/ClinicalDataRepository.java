package org.ecrf.entry.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ecrf.subject.domain.Subject;

/** Storage of clinical data: a subject's visits and their forms with item groups and values. */
public interface ClinicalDataRepository {

  Optional<StudyEventData> event(Subject subject, String eventOid, int repeatKey);

  List<StudyEventData> eventsOf(Subject subject);

  /** A form with its item groups and values loaded. */
  Optional<FormData> form(StudyEventData event, String formOid, int repeatKey);

  /**
   * Every form of a subject with item groups and values, in visit order (for the subject's ODM and
   * the matrix).
   */
  List<FormData> formsOf(Subject subject);

  /**
   * The stored values of some items of one form, across all the subject's visits (for the visit
   * schedule: infusion dates and decisions), rows that were removed left out.
   */
  List<ItemData> itemValues(Subject subject, String formOid, Collection<String> itemOids);

  void add(StudyEventData event);

  void add(FormData form);

  /** Writes pending changes now, so that a concurrent save is detected inside this transaction. */
  void flush();
}
