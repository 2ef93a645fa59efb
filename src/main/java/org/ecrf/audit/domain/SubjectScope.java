package org.ecrf.audit.domain;

import java.util.Collection;
import java.util.Set;

/**
 * Whose audit events a reader may see: every subject's (data managers, sponsors) or those of the
 * named subjects only (the subjects at the reader's sites). Events without a subject (sign-ins,
 * user and site administration) are never in it.
 *
 * @param everySubject true for every subject of the study
 * @param subjectKeys the visible subjects' keys when not every subject is visible
 */
public record SubjectScope(boolean everySubject, Set<String> subjectKeys) {

  public SubjectScope {
    subjectKeys = Set.copyOf(subjectKeys);
  }

  public static SubjectScope all() {
    return new SubjectScope(true, Set.of());
  }

  public static SubjectScope only(Collection<String> subjectKeys) {
    return new SubjectScope(false, Set.copyOf(subjectKeys));
  }

  /** True when no subject at all is visible (nothing to read). */
  public boolean isEmpty() {
    return !everySubject && subjectKeys.isEmpty();
  }
}
