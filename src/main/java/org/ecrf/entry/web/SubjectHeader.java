package org.ecrf.entry.web;

import java.io.Serializable;
import org.ecrf.subject.domain.Subject;

/** The facts about a subject shown above its visits and forms. */
public record SubjectHeader(
    String key,
    String site,
    String diagnosis,
    String sex,
    String birthMonth,
    String status,
    String statusReason,
    String arm)
    implements Serializable {

  static SubjectHeader of(Subject subject) {
    return new SubjectHeader(
        subject.subjectKey(),
        subject.site().code(),
        subject.diagnosis().name(),
        subject.sex().name(),
        subject.birthMonth().toString(),
        subject.status().name(),
        subject.state().reason().orElse(""),
        subject.armCode().orElse(""));
  }
}
