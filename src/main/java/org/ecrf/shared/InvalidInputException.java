package org.ecrf.shared;

/** Input that breaks a rule; names the field and says what is wrong (answered 400 with both). */
public class InvalidInputException extends RuntimeException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
