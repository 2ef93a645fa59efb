package org.ecrf.crf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ExpressionParserTest {

  @ParameterizedTest(name = "{0} with [{1}] -> {6}")
  @CsvFileSource(resources = "/crf/expressions.csv", numLinesToSkip = 1)
  void evaluatesEveryOperatorAtItsBoundaries(
      String expression,
      String itemValues,
      String diagnosis,
      String arm,
      String sex,
      Integer age,
      boolean holds)
      throws ExpressionSyntaxException {
    SubjectContext subject =
        new SubjectContext(
            diagnosis, arm, sex, age == null ? OptionalInt.empty() : OptionalInt.of(age));
    assertThat(ExpressionParser.parse(expression).holds(values(itemValues), subject))
        .isEqualTo(holds);
  }

  @ParameterizedTest(name = "{0} fails at {1}")
  @CsvFileSource(resources = "/crf/expression-errors.csv", numLinesToSkip = 1)
  void reportsWhatIsWrongAndWhere(String expression, int position, String reason) {
    assertThatThrownBy(() -> ExpressionParser.parse(expression))
        .isInstanceOfSatisfying(
            ExpressionSyntaxException.class,
            e -> {
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.reason()).contains(reason);
              assertThat(e.getMessage()).endsWith("(at character " + position + ")");
            });
  }

  @Test
  void listsItemReferencesWithTheirPositions() throws ExpressionSyntaxException {
    Expression expression =
        ExpressionParser.parse("I.A = 'Y' and (isEmpty(I.B) or $ARM = 'TDM' or I.C > I.A)");
    assertThat(expression.itemReferences())
        .extracting(Expression.ItemValue::itemOid, Expression.ItemValue::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("I.A", 1),
            org.assertj.core.groups.Tuple.tuple("I.B", 24),
            org.assertj.core.groups.Tuple.tuple("I.C", 48),
            org.assertj.core.groups.Tuple.tuple("I.A", 54));
  }

  @Test
  void refusesTooLongAndTooDeeplyNestedExpressions() {
    assertThatThrownBy(() -> ExpressionParser.parse("I.A = 1 or ".repeat(400) + "I.A = 1"))
        .hasMessageContaining("longer than 4000 characters");
    assertThatThrownBy(() -> ExpressionParser.parse("not ".repeat(60) + "I.A = 1"))
        .hasMessageContaining("nested more than 50 levels");
  }

  @Test
  void neverThrowsWhileEvaluatingWhateverTheValues() throws ExpressionSyntaxException {
    Expression expression =
        ExpressionParser.parse("I.A > 5 and I.A < 'z' or isEmpty(I.B) or $AGE >= 3");
    for (String value : List.of("", " ", "1e999", "NaN", "-", "9".repeat(500), "\u0000", "5,5")) {
      Map<String, String> values = new HashMap<>();
      values.put("I.A", value);
      values.put("I.B", null);
      assertThat(expression.holds(values, SubjectContext.UNKNOWN)).isIn(true, false);
    }
  }

  @Test
  void treatsSubjectFactsGivenAsNullAsUnknown() throws ExpressionSyntaxException {
    SubjectContext subject = new SubjectContext(null, null, null, null);
    assertThat(
            ExpressionParser.parse("isEmpty($DIAGNOSIS) and isEmpty($AGE)")
                .holds(Map.of(), subject))
        .isTrue();
  }

  private static Map<String, String> values(String encoded) {
    Map<String, String> values = new HashMap<>();
    if (encoded == null) {
      return values;
    }
    for (String pair : encoded.split(";")) {
      int equals = pair.indexOf('=');
      values.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
    return values;
  }
}
