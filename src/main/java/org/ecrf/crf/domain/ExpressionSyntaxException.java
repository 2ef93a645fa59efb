package org.ecrf.crf.domain;

/** An expression that does not parse: what is wrong and at which character (counting from 1). */
public final class ExpressionSyntaxException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int position;

  ExpressionSyntaxException(String reason, int position) {
    super(reason + " (at character " + position + ")");
    this.reason = reason;
    this.position = position;
  }

  /** What is wrong, without the position. */
  public String reason() {
    return reason;
  }

  /** The character where the problem is, counting from 1. */
  public int position() {
    return position;
  }
}
