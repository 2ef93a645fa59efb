package org.ecrf.crf.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeCheckTest {

  private static RangeCheck comparing(RangeComparator comparator, String... values) {
    return new RangeCheck(
        Optional.of(comparator),
        SoftHard.HARD,
        List.of(values),
        List.of(),
        Optional.empty(),
        LocalizedText.EMPTY);
  }

  private static RangeCheck expression(String context, String text) {
    return new RangeCheck(
        Optional.empty(),
        SoftHard.HARD,
        List.of(),
        List.of(FormalExpression.of(context, text)),
        Optional.empty(),
        LocalizedText.EMPTY);
  }

  @ParameterizedTest
  @CsvSource({
    "GE, 0, 0, true",
    "GE, 0, -0.1, false",
    "GT, 0, 0, false",
    "GT, 0, 0.1, true",
    "LE, 300, 300, true",
    "LE, 300, 300.1, false",
    "LT, 300, 299.9, true",
    "LT, 300, 300, false",
    "EQ, Y, Y, true",
    "EQ, Y, N, false",
    "NE, Y, N, true",
    "NE, Y, Y, false",
    "GE, 2000-01-01, 2000-01-01, true",
    "GE, 2000-01-01, 1999-12-31, false"
  })
  void comparesWithTheCheckValueAtItsBoundary(
      RangeComparator comparator, String checkValue, String value, boolean ok) {
    assertThat(comparing(comparator, checkValue).accepts(value, Map.of(), SubjectContext.UNKNOWN))
        .isEqualTo(ok);
  }

  @ParameterizedTest
  @CsvSource({"IN, 5, true", "IN, 5.0, true", "IN, 7, false", "NOTIN, 7, true", "NOTIN, 10, false"})
  void checksMembership(RangeComparator comparator, String value, boolean ok) {
    assertThat(
            comparing(comparator, "0", "5", "10").accepts(value, Map.of(), SubjectContext.UNKNOWN))
        .isEqualTo(ok);
  }

  @Test
  void letsAnEmptyValuePass() {
    assertThat(comparing(RangeComparator.GE, "0").accepts("", Map.of(), SubjectContext.UNKNOWN))
        .isTrue();
    assertThat(comparing(RangeComparator.GE, "0").accepts(null, Map.of(), SubjectContext.UNKNOWN))
        .isTrue();
  }

  @Test
  void evaluatesAnExpressionCheckOverTheFormValues() {
    RangeCheck check = expression("edc", "not (I.TROUGH_IFX_BLQ = 'Y')");
    assertThat(
            check.accepts(
                "3.2",
                Map.of("I.TROUGH_IFX", "3.2", "I.TROUGH_IFX_BLQ", "N"),
                SubjectContext.UNKNOWN))
        .isTrue();
    assertThat(
            check.accepts(
                "3.2",
                Map.of("I.TROUGH_IFX", "3.2", "I.TROUGH_IFX_BLQ", "Y"),
                SubjectContext.UNKNOWN))
        .isFalse();
  }

  @Test
  void doesNotApplyAnExpressionItCannotEvaluate() {
    assertThat(
            expression("XPath", "../ItemData[@ItemOID='I.X']/@Value = 'N'")
                .accepts("1", Map.of(), SubjectContext.UNKNOWN))
        .isTrue();
    assertThat(expression("edc", "I.A = ").accepts("1", Map.of(), SubjectContext.UNKNOWN)).isTrue();
  }

  @Test
  void conditionsThePlatformCannotEvaluateNeverHold() {
    ConditionDef xpath =
        new ConditionDef(
            "C.X", "x", LocalizedText.EMPTY, List.of(FormalExpression.of("XPath", "1 = 1")));
    ConditionDef ours =
        new ConditionDef(
            "CD.X",
            "x",
            LocalizedText.EMPTY,
            List.of(FormalExpression.of("edc", "$DIAGNOSIS = 'CD'")));
    SubjectContext crohn = new SubjectContext("CD", "", "", java.util.OptionalInt.empty());
    assertThat(xpath.isEvaluable()).isFalse();
    assertThat(xpath.holds(Map.of(), crohn)).isFalse();
    assertThat(ours.isEvaluable()).isTrue();
    assertThat(ours.holds(Map.of(), crohn)).isTrue();
  }
}
