package org.ecrf.subject.application;

import java.util.List;
import org.ecrf.subject.domain.Subject;

/**
 * One page of the subject matrix: the subjects in the requested order, and every visit they have
 * started with its forms' statuses.
 */
public record MatrixPage(List<Subject> subjects, List<StartedVisit> visits) {

  public MatrixPage {
    subjects = List.copyOf(subjects);
    visits = List.copyOf(visits);
  }

  /** The started visits of one subject of the page. */
  public List<StartedVisit> visitsOf(String subjectKey) {
    return visits.stream().filter(visit -> visit.subjectKey().equals(subjectKey)).toList();
  }
}
