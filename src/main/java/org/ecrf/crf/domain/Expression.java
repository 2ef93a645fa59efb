package org.ecrf.crf.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A parsed expression of the platform's language (FormalExpression Context="edc"), used by
 * ConditionDefs (skip logic) and RangeChecks (edit checks). Built by {@link ExpressionParser}.
 *
 * <p>Evaluation is deterministic and total: it never throws, whatever the values. A missing or
 * blank value is empty, and any comparison with an empty value is false (see {@link
 * ValueComparison}); {@code not}, {@code and}, {@code or} then work as usual, so {@code not (I.X =
 * 'Y')} is true while I.X is empty.
 */
public sealed interface Expression {

  /**
   * Whether the expression holds for the current form's item values (item OID to raw value) and the
   * subject's facts.
   */
  boolean holds(Map<String, String> itemValues, SubjectContext subject);

  /** The item references in the expression, in order, with their positions. */
  default List<ItemValue> itemReferences() {
    return selfAndParts()
        .flatMap(Expression::operands)
        .filter(ItemValue.class::isInstance)
        .map(ItemValue.class::cast)
        .toList();
  }

  /** This expression and all expressions inside it. */
  Stream<Expression> selfAndParts();

  private static Stream<Operand> operands(Expression expression) {
    if (expression instanceof Comparison comparison) {
      return Stream.of(comparison.left(), comparison.right());
    }
    if (expression instanceof IsEmpty isEmpty) {
      return Stream.of(isEmpty.operand());
    }
    return Stream.empty();
  }

  /** True when any part holds. */
  record Or(List<Expression> parts) implements Expression {
    public Or {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean holds(Map<String, String> itemValues, SubjectContext subject) {
      return parts.stream().anyMatch(part -> part.holds(itemValues, subject));
    }

    @Override
    public Stream<Expression> selfAndParts() {
      return Stream.concat(Stream.of(this), partsOf(parts));
    }
  }

  /** True when every part holds. */
  record And(List<Expression> parts) implements Expression {
    public And {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean holds(Map<String, String> itemValues, SubjectContext subject) {
      return parts.stream().allMatch(part -> part.holds(itemValues, subject));
    }

    @Override
    public Stream<Expression> selfAndParts() {
      return Stream.concat(Stream.of(this), partsOf(parts));
    }
  }

  /** True when the negated expression does not hold. */
  record Not(Expression negated) implements Expression {
    @Override
    public boolean holds(Map<String, String> itemValues, SubjectContext subject) {
      return !negated.holds(itemValues, subject);
    }

    @Override
    public Stream<Expression> selfAndParts() {
      return Stream.concat(Stream.of(this), negated.selfAndParts());
    }
  }

  /** Two values compared; false when either is empty. */
  record Comparison(Operand left, ComparisonOperator operator, Operand right)
      implements Expression {
    @Override
    public boolean holds(Map<String, String> itemValues, SubjectContext subject) {
      return ValueComparison.holds(
          left.valueIn(itemValues, subject), operator, right.valueIn(itemValues, subject));
    }

    @Override
    public Stream<Expression> selfAndParts() {
      return Stream.of(this);
    }
  }

  /** True when the item or variable has no value (missing or blank). */
  record IsEmpty(Operand operand) implements Expression {
    @Override
    public boolean holds(Map<String, String> itemValues, SubjectContext subject) {
      return operand.valueIn(itemValues, subject).isBlank();
    }

    @Override
    public Stream<Expression> selfAndParts() {
      return Stream.of(this);
    }
  }

  private static Stream<Expression> partsOf(List<Expression> expressions) {
    return expressions.stream().flatMap(Expression::selfAndParts);
  }

  /** A value in an expression. */
  sealed interface Operand {
    /** The value as text; empty when unknown. */
    String valueIn(Map<String, String> itemValues, SubjectContext subject);
  }

  /**
   * The value of an item of the current form.
   *
   * @param itemOid the ItemDef
   * @param position where it starts in the expression, counting characters from 1
   */
  record ItemValue(String itemOid, int position) implements Operand {
    @Override
    public String valueIn(Map<String, String> itemValues, SubjectContext subject) {
      String value = itemValues.get(itemOid);
      return value == null ? "" : value.strip();
    }
  }

  /** A subject fact ({@code $ARM}). */
  record Variable(ContextVariable variable) implements Operand {
    @Override
    public String valueIn(Map<String, String> itemValues, SubjectContext subject) {
      return subject.value(variable);
    }
  }

  /** A text or number written in the expression. */
  record Literal(String text) implements Operand {
    @Override
    public String valueIn(Map<String, String> itemValues, SubjectContext subject) {
      return text;
    }
  }
}
