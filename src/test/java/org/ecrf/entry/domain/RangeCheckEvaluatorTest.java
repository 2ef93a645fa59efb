package org.ecrf.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.ecrf.crf.domain.DataType;
import org.ecrf.crf.domain.RangeCheck;
import org.ecrf.crf.domain.RangeComparator;
import org.ecrf.crf.domain.SoftHard;
import org.ecrf.crf.domain.StudyDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Range checks at their boundaries, in the check's unit, with the built-in texts. */
class RangeCheckEvaluatorTest {

  private static final ItemGroupKey GROUP = ItemGroupKey.of("IG.X");
  private static final EntryContext CONTEXT =
      new EntryContext("T-0001", SubjectFacts.UNKNOWN, VisitContext.of(TestStudy.EVENT, null));

  private static FormEvaluation evaluate(StudyDefinition study, FormValues values) {
    return FormEvaluator.evaluate(study, TestStudy.FORM, values, CONTEXT, Derivations.none());
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}: {4} {5} -> {6}")
  @CsvFileSource(resources = "/entry/range-checks.csv", numLinesToSkip = 1)
  void checksTheValueInTheChecksUnitAtEveryBoundary(
      RangeComparator comparator,
      String checkValues,
      String checkUnit,
      SoftHard softHard,
      String value,
      String valueUnit,
      Severity severity,
      String english) {
    String[] limits = checkValues.split(" ");
    RangeCheck check =
        checkUnit == null
            ? TestStudy.check(comparator, softHard, limits)
            : TestStudy.checkIn(checkUnit, comparator, softHard, limits);
    StudyDefinition study =
        new TestStudy()
            .add(TestStudy.item("I.X", DataType.FLOAT).units("MU.G_DL", "MU.G_L").check(check))
            .group("IG.X", false, TestStudy.ref("I.X"))
            .build();

    FormEvaluation evaluation =
        evaluate(
            study,
            FormValues.builder().value(GROUP, "I.X", EnteredValue.of(value, valueUnit)).build());

    if (severity == null) {
      assertThat(evaluation.messages()).isEmpty();
    } else {
      assertThat(evaluation.messages())
          .singleElement()
          .satisfies(
              message -> {
                assertThat(message.severity()).isEqualTo(severity);
                assertThat(message.kind()).isEqualTo(CheckKind.RANGE);
                assertThat(message.text(Locale.ENGLISH)).isEqualTo(english);
              });
    }
  }

  @Test
  void writesTheBuiltInRangeTextInGermanToo() {
    StudyDefinition study =
        new TestStudy()
            .add(
                TestStudy.item("I.X", DataType.FLOAT)
                    .question("Body weight", "Körpergewicht")
                    .check(TestStudy.check(RangeComparator.LE, SoftHard.SOFT, "120")))
            .group("IG.X", false, TestStudy.ref("I.X"))
            .build();

    CheckMessage warning =
        evaluate(study, FormValues.builder().value("IG.X", "I.X", "130").build()).warnings().get(0);

    assertThat(warning.text(Locale.ENGLISH))
        .isEqualTo("Body weight: 130 is above 120; please check.");
    assertThat(warning.text(Locale.GERMAN))
        .isEqualTo("Körpergewicht: 130 liegt über 120; bitte prüfen.");
  }

  @Test
  void comparesDatesInCalendarOrder() {
    StudyDefinition study =
        new TestStudy()
            .add(
                TestStudy.item("I.X", DataType.DATE)
                    .check(TestStudy.check(RangeComparator.GE, SoftHard.HARD, "2020-01-01")))
            .group("IG.X", false, TestStudy.ref("I.X"))
            .build();

    assertThat(
            evaluate(study, FormValues.builder().value("IG.X", "I.X", "2020-01-01").build())
                .hasErrors())
        .isFalse();
    assertThat(
            evaluate(study, FormValues.builder().value("IG.X", "I.X", "2019-12-31").build())
                .errors())
        .extracting(CheckMessage::kind)
        .containsExactly(CheckKind.RANGE);
  }

  @Test
  void evaluatesAnExpressionCheckOverTheValuesInScope() {
    StudyDefinition study =
        new TestStudy()
            .add(TestStudy.item("I.START", DataType.DATE))
            .add(
                TestStudy.item("I.X", DataType.DATE)
                    .check(
                        TestStudy.expressionCheck(
                            SoftHard.SOFT, "isEmpty(I.START) or I.X >= I.START")))
            .group("IG.X", false, TestStudy.ref("I.START"), TestStudy.ref("I.X"))
            .build();
    FormValues endBeforeStart =
        FormValues.builder()
            .value("IG.X", "I.START", "2026-03-05")
            .value("IG.X", "I.X", "2026-03-01")
            .build();
    FormValues noStart = FormValues.builder().value("IG.X", "I.X", "2026-03-01").build();

    assertThat(evaluate(study, endBeforeStart).warnings())
        .singleElement()
        .extracting(message -> message.text(Locale.ENGLISH))
        .isEqualTo(
            "Question I.X: 2026-03-01 does not meet the check isEmpty(I.START) or I.X >= I.START;"
                + " please check.");
    assertThat(evaluate(study, noStart).messages()).isEmpty();
  }

  @Test
  void runsNoRangeCheckOnAValueOfTheWrongType() {
    StudyDefinition study =
        new TestStudy()
            .add(
                TestStudy.item("I.X", DataType.INTEGER)
                    .check(TestStudy.check(RangeComparator.LE, SoftHard.HARD, "10")))
            .group("IG.X", false, TestStudy.ref("I.X"))
            .build();

    FormEvaluation evaluation =
        evaluate(study, FormValues.builder().value("IG.X", "I.X", "99.5").build());

    assertThat(evaluation.messages())
        .extracting(CheckMessage::kind)
        .containsExactly(CheckKind.TYPE);
  }
}
