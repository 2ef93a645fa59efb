package org.ecrf.shared;

/**
 * What was asked for does not exist, or the caller may not see it: the two are answered alike (404)
 * so that a site user cannot probe another site's records.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
