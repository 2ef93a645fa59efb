package org.ecrf.entry.application;

import java.util.Map;
import java.util.OptionalInt;
import org.ecrf.crf.domain.FormRef;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.SubjectContext;
import org.ecrf.shared.NotFoundException;
import org.ecrf.subject.domain.Subject;

/**
 * Which forms of a visit apply to a subject: those the visit lists, less those whose collection
 * exception condition holds for the child (the PUCAI of a child with Crohn's disease, say). The
 * subject page offers only these, and data entry refuses any other.
 */
public final class FormsOfVisit {

  private FormsOfVisit() {}

  public static boolean applies(FormRef ref, StudyDefinition definition, Subject subject) {
    return ref.collectionExceptionConditionOid()
        .flatMap(definition::condition)
        .map(condition -> !condition.holds(Map.of(), contextOf(subject)))
        .orElse(true);
  }

  /** Refuses, as not found, a form the visit does not list or that does not apply to the child. */
  public static void require(StudyDefinition definition, FormAddress address, Subject subject) {
    boolean listed =
        definition
            .event(address.eventOid())
            .map(
                event ->
                    event.formRefs().stream()
                        .anyMatch(
                            ref ->
                                ref.formOid().equals(address.formOid())
                                    && applies(ref, definition, subject)))
            .orElse(false);
    if (!listed) {
      throw new NotFoundException(
          "The visit "
              + address.eventOid()
              + " of "
              + subject.subjectKey()
              + " has no form "
              + address.formOid());
    }
    if (address.eventRepeat() > 1
        && !definition.event(address.eventOid()).orElseThrow().repeating()) {
      throw new NotFoundException("The visit " + address.eventOid() + " does not repeat");
    }
  }

  /** The subject facts a form's condition may test: diagnosis, arm and sex. */
  public static SubjectContext contextOf(Subject subject) {
    return new SubjectContext(
        subject.diagnosis().name(),
        subject.armCode().orElse(""),
        subject.sex().name(),
        OptionalInt.empty());
  }
}
