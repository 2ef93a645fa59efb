package org.ecrf.subject.domain;

import java.util.stream.Collectors;

/** A subject status change the state model does not allow (answered as a conflict). */
public class IllegalStatusChangeException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public IllegalStatusChangeException(SubjectStatus from, SubjectStatus to) {
    super(
        "A subject in status "
            + from
            + " cannot become "
            + to
            + (from.isFinal()
                ? "; " + from + " is final"
                : "; allowed: "
                    + from.allowedNext().stream()
                        .map(Enum::name)
                        .collect(Collectors.joining(", "))));
  }
}
