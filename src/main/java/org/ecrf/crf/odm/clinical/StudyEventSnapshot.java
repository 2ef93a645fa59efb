package org.ecrf.crf.odm.clinical;

import java.util.List;

/**
 * One study event with its forms, for writing a subject at once ({@link SubjectSnapshot}).
 *
 * @param header the study event's keys and what is attached to it
 * @param forms its forms, in the order to write
 */
public record StudyEventSnapshot(StudyEventDataHeader header, List<FormSnapshot> forms) {

  public StudyEventSnapshot {
    Require.present(header, "header");
    forms = Require.list(forms, "forms");
  }
}
