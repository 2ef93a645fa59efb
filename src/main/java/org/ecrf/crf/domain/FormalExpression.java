package org.ecrf.crf.domain;

/**
 * An ODM FormalExpression as written: its Context (our language is {@code edc}) and its text.
 *
 * @param context the language of the expression; {@code edc} for ours, XPath, SAS etc. for others
 * @param text the expression
 */
public record FormalExpression(String context, String text) {

  /** The Context of expressions in the platform's own language. */
  public static final String EDC = "edc";

  /** True when the platform's own language is used. */
  public boolean isEdc() {
    return EDC.equals(context);
  }
}
