package org.ecrf.crf.domain;

/**
 * A token of the expression language.
 *
 * @param type what it is
 * @param text its text (a string literal without quotes)
 * @param position where it starts, counting characters from 1
 */
record ExpressionToken(Type type, String text, int position) {

  enum Type {
    LEFT_PARENTHESIS,
    RIGHT_PARENTHESIS,
    OPERATOR,
    STRING,
    NUMBER,
    VARIABLE,
    IDENTIFIER,
    END
  }

  boolean is(Type expected) {
    return type == expected;
  }

  /** True for an identifier that is the keyword (and, or, not, isEmpty), any case. */
  boolean isKeyword(String keyword) {
    return type == Type.IDENTIFIER && text.equalsIgnoreCase(keyword);
  }

  /** How the token is described in messages. */
  String described() {
    return switch (type) {
      case END -> "the end of the expression";
      case STRING -> "the text '" + text + "'";
      default -> "'" + text + "'";
    };
  }
}
