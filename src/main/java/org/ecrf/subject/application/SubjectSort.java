package org.ecrf.subject.application;

/**
 * The order of the subject matrix: by subject key, by status (in the order of the subject's course,
 * screening first), or by registration time; ties always fall back to the subject key, so paging is
 * stable.
 */
public record SubjectSort(Field field, boolean ascending) {

  public static final SubjectSort BY_KEY = new SubjectSort(Field.KEY, true);

  public SubjectSort {
    if (field == null) {
      throw new IllegalArgumentException("A sort needs a field");
    }
  }

  /** What the matrix sorts by. */
  public enum Field {
    KEY,
    STATUS,
    REGISTERED
  }
}
