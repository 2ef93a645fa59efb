package org.ecrf.crf.odm.clinical;

import java.util.List;

/**
 * One subject with all its study events and forms, for writing a subject's data at once (the answer
 * of {@code GET .../subjects/{key}/clinicaldata}). A study export pushes subjects level by level
 * instead, so that only one form is held at a time.
 *
 * @param header the subject's key, site and what is attached to it
 * @param studyEvents its study events, in the order to write
 */
public record SubjectSnapshot(SubjectDataHeader header, List<StudyEventSnapshot> studyEvents) {

  public SubjectSnapshot {
    Require.present(header, "header");
    studyEvents = Require.list(studyEvents, "studyEvents");
  }
}
