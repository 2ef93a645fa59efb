package org.ecrf.shared;

/** The caller has no role that allows this action (answered 403, or the forbidden page). */
public class AccessDeniedException extends RuntimeException {

  public AccessDeniedException(String message) {
    super(message);
  }
}
