package org.ecrf.crf.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.ecrf.crf.domain.ExpressionToken.Type;

/**
 * Parses the platform's expression language, written in ODM {@code FormalExpression Context="edc"}
 * of ConditionDefs (skip logic: when the condition holds, the item, section or form is NOT
 * collected) and RangeChecks (edit checks: the value is accepted when the expression holds).
 *
 * <pre>
 * expression := or
 * or         := and ( "or" and )*
 * and        := not ( "and" not )*
 * not        := "not" not | "(" or ")" | "isEmpty" "(" reference ")" | operand comparator operand
 * comparator := "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;="
 * operand    := reference | 'text' | "text" | number
 * reference  := item OID (I.PUCAI_PAIN) | $DIAGNOSIS | $ARM | $SEX | $AGE
 * </pre>
 *
 * <p>Keywords (and, or, not, isEmpty) are case-insensitive; item OIDs and texts are exact. Texts
 * have no escapes and must not be empty. Numbers are decimals ({@code -1}, {@code 2.5}). Example:
 * {@code $DIAGNOSIS = 'CD' and not isEmpty(I.TROUGH_IFX) and I.TROUGH_IFX < 5}.
 *
 * <p>Evaluation ({@link Expression#holds}) is total: a comparison with an empty value is false, two
 * numbers compare as numbers, everything else as text. Expressions longer than {@value #MAX_LENGTH}
 * characters or nested deeper than {@value #MAX_DEPTH} levels are refused.
 */
public final class ExpressionParser {

  /** Longest expression accepted. */
  public static final int MAX_LENGTH = 4000;

  /** Deepest nesting of not and parentheses accepted. */
  public static final int MAX_DEPTH = 50;

  private final List<ExpressionToken> tokens;
  private int next;
  private int depth;

  private ExpressionParser(List<ExpressionToken> tokens) {
    this.tokens = tokens;
  }

  /**
   * The expression written in {@code text}.
   *
   * @throws ExpressionSyntaxException saying what is wrong and where
   */
  public static Expression parse(String text) throws ExpressionSyntaxException {
    if (text == null || text.isBlank()) {
      throw new ExpressionSyntaxException("the expression is empty", 1);
    }
    if (text.length() > MAX_LENGTH) {
      throw new ExpressionSyntaxException(
          "the expression is longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
    }
    ExpressionParser parser = new ExpressionParser(ExpressionTokenizer.tokens(text));
    Expression expression = parser.or();
    parser.expect(Type.END, "the end of the expression (an 'and' or 'or' may be missing)");
    return expression;
  }

  private Expression or() throws ExpressionSyntaxException {
    List<Expression> parts = new ArrayList<>(List.of(and()));
    while (peek().isKeyword("or")) {
      next++;
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new Expression.Or(parts);
  }

  private Expression and() throws ExpressionSyntaxException {
    List<Expression> parts = new ArrayList<>(List.of(not()));
    while (peek().isKeyword("and")) {
      next++;
      parts.add(not());
    }
    return parts.size() == 1 ? parts.get(0) : new Expression.And(parts);
  }

  private Expression not() throws ExpressionSyntaxException {
    ExpressionToken token = peek();
    if (++depth > MAX_DEPTH) {
      throw new ExpressionSyntaxException(
          "the expression is nested more than " + MAX_DEPTH + " levels deep", token.position());
    }
    try {
      if (token.isKeyword("not")) {
        next++;
        return new Expression.Not(not());
      }
      if (token.is(Type.LEFT_PARENTHESIS)) {
        next++;
        Expression inner = or();
        expect(Type.RIGHT_PARENTHESIS, "')'");
        return inner;
      }
      if (token.isKeyword("isEmpty")) {
        next++;
        expect(Type.LEFT_PARENTHESIS, "'(' after isEmpty");
        Expression.Operand operand = reference();
        expect(Type.RIGHT_PARENTHESIS, "')'");
        return new Expression.IsEmpty(operand);
      }
      return comparison();
    } finally {
      depth--;
    }
  }

  private Expression comparison() throws ExpressionSyntaxException {
    Expression.Operand left = operand();
    ExpressionToken operator = peek();
    if (!operator.is(Type.OPERATOR)) {
      throw new ExpressionSyntaxException(
          "expected a comparison (=, !=, <, <=, >, >=) but found " + operator.described(),
          operator.position());
    }
    next++;
    return new Expression.Comparison(left, operatorOf(operator.text()), operand());
  }

  private static ComparisonOperator operatorOf(String symbol) {
    return Arrays.stream(ComparisonOperator.values())
        .filter(op -> op.symbol().equals(symbol))
        .findFirst()
        .orElseThrow();
  }

  private Expression.Operand operand() throws ExpressionSyntaxException {
    ExpressionToken token = peek();
    if (token.is(Type.STRING) || token.is(Type.NUMBER)) {
      next++;
      return new Expression.Literal(token.text());
    }
    return reference();
  }

  private Expression.Operand reference() throws ExpressionSyntaxException {
    ExpressionToken token = peek();
    if (token.is(Type.VARIABLE)) {
      next++;
      return new Expression.Variable(
          ContextVariable.named(token.text())
              .orElseThrow(
                  () ->
                      new ExpressionSyntaxException(
                          "unknown variable $" + token.text() + "; known are " + knownVariables(),
                          token.position())));
    }
    boolean keyword = List.of("and", "or", "not", "isEmpty").stream().anyMatch(token::isKeyword);
    if (token.is(Type.IDENTIFIER) && !keyword) {
      next++;
      return new Expression.ItemValue(token.text(), token.position());
    }
    throw new ExpressionSyntaxException(
        "expected an item OID, a variable, a text or a number but found " + token.described(),
        token.position());
  }

  private static String knownVariables() {
    return Arrays.stream(ContextVariable.values())
        .map(ContextVariable::written)
        .collect(Collectors.joining(", "));
  }

  private void expect(Type type, String what) throws ExpressionSyntaxException {
    ExpressionToken token = peek();
    if (!token.is(type)) {
      throw new ExpressionSyntaxException(
          "expected " + what + " but found " + token.described(), token.position());
    }
    next++;
  }

  private ExpressionToken peek() {
    return tokens.get(next);
  }
}
