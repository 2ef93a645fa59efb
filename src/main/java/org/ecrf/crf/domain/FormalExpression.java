package org.ecrf.crf.domain;

import java.util.Optional;

/**
 * An ODM FormalExpression as written, with its parsed form when it is in the platform's language.
 *
 * @param context the language: {@code edc} for ours, XPath, SAS etc. for others
 * @param text the expression as written
 * @param parsed the parsed expression; empty for other languages and for text that does not parse
 *     (the validator reports both)
 */
public record FormalExpression(String context, String text, Optional<Expression> parsed) {

  /** The Context of expressions in the platform's own language. */
  public static final String EDC = "edc";

  /** An expression as read from a file, parsed when its context is {@code edc}. */
  public static FormalExpression of(String context, String text) {
    if (!EDC.equals(context)) {
      return new FormalExpression(context, text, Optional.empty());
    }
    try {
      return new FormalExpression(context, text, Optional.of(ExpressionParser.parse(text)));
    } catch (ExpressionSyntaxException e) {
      return new FormalExpression(context, text, Optional.empty());
    }
  }

  /** True when the platform's own language is used. */
  public boolean isEdc() {
    return EDC.equals(context);
  }
}
