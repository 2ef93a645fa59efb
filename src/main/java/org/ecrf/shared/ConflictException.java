package org.ecrf.shared;

/**
 * The action clashes with the current state (already exists, changed by someone else): answered
 * 409.
 */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
