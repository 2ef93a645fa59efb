package org.ecrf.crf.domain;

import java.util.ArrayList;
import java.util.List;
import org.ecrf.crf.domain.ExpressionToken.Type;

/** Splits an expression into tokens; see {@link ExpressionParser} for the language. */
final class ExpressionTokenizer {

  private final String text;
  private int index;

  private ExpressionTokenizer(String text) {
    this.text = text;
  }

  static List<ExpressionToken> tokens(String text) throws ExpressionSyntaxException {
    ExpressionTokenizer tokenizer = new ExpressionTokenizer(text);
    List<ExpressionToken> tokens = new ArrayList<>();
    ExpressionToken token;
    do {
      token = tokenizer.next();
      tokens.add(token);
    } while (!token.is(Type.END));
    return tokens;
  }

  private ExpressionToken next() throws ExpressionSyntaxException {
    while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
      index++;
    }
    int start = index;
    if (index >= text.length()) {
      return new ExpressionToken(Type.END, "", start + 1);
    }
    char c = text.charAt(index);
    if (c == '(' || c == ')') {
      index++;
      return new ExpressionToken(
          c == '(' ? Type.LEFT_PARENTHESIS : Type.RIGHT_PARENTHESIS, String.valueOf(c), start + 1);
    }
    if (c == '\'' || c == '"') {
      return string(c, start);
    }
    if (Character.isDigit(c)
        || c == '-' && index + 1 < text.length() && Character.isDigit(text.charAt(index + 1))) {
      return number(start);
    }
    if (c == '$') {
      index++;
      return new ExpressionToken(Type.VARIABLE, word(), start + 1);
    }
    if (Character.isLetter(c) || c == '_') {
      return new ExpressionToken(Type.IDENTIFIER, word(), start + 1);
    }
    return operator(start);
  }

  private ExpressionToken string(char quote, int start) throws ExpressionSyntaxException {
    int end = text.indexOf(quote, start + 1);
    if (end < 0) {
      throw new ExpressionSyntaxException(
          "the text starting here has no closing " + quote, start + 1);
    }
    index = end + 1;
    String value = text.substring(start + 1, end);
    if (value.isBlank()) {
      throw new ExpressionSyntaxException(
          "an empty text never compares true (comparisons with empty values are false); use isEmpty(...)",
          start + 1);
    }
    return new ExpressionToken(Type.STRING, value, start + 1);
  }

  private ExpressionToken number(int start) throws ExpressionSyntaxException {
    index++;
    while (index < text.length()
        && (Character.isDigit(text.charAt(index)) || text.charAt(index) == '.')) {
      index++;
    }
    String value = text.substring(start, index);
    if (!ValueComparison.isNumber(value)) {
      throw new ExpressionSyntaxException("'" + value + "' is not a number", start + 1);
    }
    return new ExpressionToken(Type.NUMBER, value, start + 1);
  }

  private String word() {
    int start = index;
    while (index < text.length() && isWordCharacter(text.charAt(index))) {
      index++;
    }
    return text.substring(start, index);
  }

  private static boolean isWordCharacter(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
  }

  private ExpressionToken operator(int start) throws ExpressionSyntaxException {
    String two = text.substring(start, Math.min(start + 2, text.length()));
    for (String symbol : List.of("!=", "<=", ">=")) {
      if (two.equals(symbol)) {
        index += 2;
        return new ExpressionToken(Type.OPERATOR, symbol, start + 1);
      }
    }
    if (two.equals("==") || two.equals("<>")) {
      throw new ExpressionSyntaxException(
          "'" + two + "' is not an operator; write " + (two.equals("==") ? "=" : "!="), start + 1);
    }
    char c = text.charAt(start);
    if (c == '=' || c == '<' || c == '>') {
      index++;
      return new ExpressionToken(Type.OPERATOR, String.valueOf(c), start + 1);
    }
    throw new ExpressionSyntaxException("unexpected character '" + c + "'", start + 1);
  }
}
