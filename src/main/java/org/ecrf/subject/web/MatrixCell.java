package org.ecrf.subject.web;

import java.io.Serializable;
import java.util.List;

/**
 * A subject's visit in the matrix: the forms that apply to the child, or, for a repeating visit,
 * how many times it has been started.
 *
 * @param repeats for a repeating visit, the number of repeats started; 0 otherwise
 * @param forms for a visit that does not repeat, its forms that apply to the child, in order
 * @param missed whether the visit is marked missed (shown instead of its forms)
 */
public record MatrixCell(
    String eventOid, boolean repeating, int repeats, List<FormIcon> forms, boolean missed)
    implements Serializable {

  public MatrixCell {
    forms = List.copyOf(forms);
  }
}
