package org.ecrf.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.domain.DataType;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.subject.domain.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Collection exception conditions on small definitions. */
class SkipLogicTest {

  private static final ItemGroupKey MAIN = ItemGroupKey.of("IG.MAIN");

  private static EntryContext context(Sex sex, LocalDate visitDate) {
    return new EntryContext(
        "T-0001",
        SubjectFacts.of(sex, YearMonth.of(2014, 6), null, null),
        VisitContext.of(TestStudy.EVENT, visitDate));
  }

  private static FormEvaluation evaluate(
      StudyDefinition study, FormValues values, EntryContext context) {
    return FormEvaluator.evaluate(study, TestStudy.FORM, values, context, Derivations.none());
  }

  private static TestStudy textItems(TestStudy study, String... oids) {
    for (String oid : oids) {
      study.add(TestStudy.item(oid, DataType.TEXT));
    }
    return study;
  }

  @Test
  void aHiddenItemCountsAsEmptyForTheConditionsOfOthers() {
    StudyDefinition study =
        textItems(new TestStudy(), "I.A", "I.B", "I.C")
            .condition("CD.B_HIDDEN", "I.A = 'Y'")
            .condition("CD.C_HIDDEN", "isEmpty(I.B)")
            .group(
                "IG.MAIN",
                false,
                TestStudy.mandatory("I.A"),
                TestStudy.hiddenWhen("I.B", "CD.B_HIDDEN"),
                TestStudy.hiddenWhen("I.C", "CD.C_HIDDEN"))
            .build();
    FormValues values =
        FormValues.builder()
            .value("IG.MAIN", "I.A", "Y")
            .value("IG.MAIN", "I.B", "b")
            .value("IG.MAIN", "I.C", "c")
            .build();

    FormEvaluation evaluation = evaluate(study, values, context(Sex.F, null));

    assertThat(evaluation.hiddenWithValue())
        .containsExactly(ItemPath.of(MAIN, "I.B"), ItemPath.of(MAIN, "I.C"));
    assertThat(evaluation.valuesToStore()).containsOnlyKeys(ItemPath.of(MAIN, "I.A"));
    assertThat(evaluation.missingMandatory()).isEmpty();
  }

  @Test
  void aRowSeesItsOwnValuesAndThoseOfTheNonRepeatingSections() {
    StudyDefinition study =
        textItems(new TestStudy(), "I.KIND", "I.TERM", "I.DETAIL")
            .condition("CD.NO_DETAIL", "not (I.KIND = 'FULL') or I.TERM = 'none'")
            .group("IG.MAIN", false, TestStudy.ref("I.KIND"))
            .group(
                "IG.ROW",
                true,
                TestStudy.ref("I.TERM"),
                TestStudy.hiddenWhen("I.DETAIL", "CD.NO_DETAIL"))
            .build();
    ItemGroupKey row1 = new ItemGroupKey("IG.ROW", 1);
    ItemGroupKey row2 = new ItemGroupKey("IG.ROW", 2);
    FormValues values =
        FormValues.builder()
            .value("IG.MAIN", "I.KIND", "FULL")
            .value(row1, "I.TERM", EnteredValue.of("none"))
            .value(row1, "I.DETAIL", EnteredValue.of("x"))
            .value(row2, "I.TERM", EnteredValue.of("rash"))
            .value(row2, "I.DETAIL", EnteredValue.of("y"))
            .build();

    FormEvaluation evaluation = evaluate(study, values, context(Sex.F, null));

    assertThat(evaluation.hiddenWithValue()).containsExactly(ItemPath.of(row1, "I.DETAIL"));
    assertThat(evaluation.item(ItemPath.of(row2, "I.DETAIL")).orElseThrow().isCollected()).isTrue();
  }

  @ParameterizedTest(name = "sex {0}, visit {1}: pregnancy test collected {2}")
  @CsvSource({"F, 2026-06-01, true", "F, 2026-05-31, false", "M, 2026-06-01, false", "F, , false"})
  void usesSexAndAgeOnTheVisitDate(Sex sex, LocalDate visitDate, boolean collected) {
    StudyDefinition study =
        textItems(new TestStudy(), "I.PREGNANCY")
            .condition("CD.NO_PREGNANCY_TEST", "not ($SEX = 'F' and $AGE >= 12)")
            .group(
                "IG.MAIN",
                false,
                true,
                Optional.empty(),
                TestStudy.hiddenWhen("I.PREGNANCY", "CD.NO_PREGNANCY_TEST"))
            .build();

    FormEvaluation evaluation = evaluate(study, FormValues.empty(), context(sex, visitDate));

    assertThat(evaluation.item(ItemPath.of(MAIN, "I.PREGNANCY")).orElseThrow().isCollected())
        .isEqualTo(collected);
    assertThat(evaluation.missingMandatory()).hasSize(collected ? 1 : 0);
  }

  @Test
  void hidesAWholeSectionAndTheFormByTheirConditions() {
    StudyDefinition sectionHidden =
        textItems(new TestStudy(), "I.A", "I.B")
            .condition("CD.SKIP", "I.A = 'N'")
            .group("IG.MAIN", false, TestStudy.ref("I.A"))
            .group("IG.MORE", false, true, Optional.of("CD.SKIP"), TestStudy.mandatory("I.B"))
            .build();
    StudyDefinition formHidden =
        textItems(new TestStudy(), "I.A")
            .condition("CD.MALE", "$SEX = 'M'")
            .group("IG.MAIN", false, TestStudy.mandatory("I.A"))
            .formHiddenWhen("CD.MALE")
            .build();
    FormValues values =
        FormValues.builder().value("IG.MAIN", "I.A", "N").value("IG.MORE", "I.B", "b").build();

    FormEvaluation section = evaluate(sectionHidden, values, context(Sex.F, null));
    FormEvaluation form =
        evaluate(
            formHidden,
            FormValues.builder().value("IG.MAIN", "I.A", "a").build(),
            context(Sex.M, null));

    assertThat(section.group(ItemGroupKey.of("IG.MORE")).orElseThrow().collected()).isFalse();
    assertThat(section.hiddenWithValue())
        .containsExactly(ItemPath.of(ItemGroupKey.of("IG.MORE"), "I.B"));
    assertThat(section.missingMandatory()).isEmpty();
    assertThat(form.collected()).isFalse();
    assertThat(form.hiddenWithValue()).containsExactly(ItemPath.of(MAIN, "I.A"));
    assertThat(form.missingMandatory()).isEmpty();
  }

  @Test
  void givesOneDeterministicAnswerForContradictoryConditions() {
    StudyDefinition study =
        textItems(new TestStudy(), "I.A", "I.B")
            .condition("CD.A_HIDDEN", "not isEmpty(I.B)")
            .condition("CD.B_HIDDEN", "not isEmpty(I.A)")
            .group(
                "IG.MAIN",
                false,
                TestStudy.hiddenWhen("I.A", "CD.A_HIDDEN"),
                TestStudy.hiddenWhen("I.B", "CD.B_HIDDEN"))
            .build();
    FormValues values =
        FormValues.builder().value("IG.MAIN", "I.A", "a").value("IG.MAIN", "I.B", "b").build();

    FormEvaluation first = evaluate(study, values, context(Sex.F, null));
    FormEvaluation second = evaluate(study, values, context(Sex.F, null));

    assertThat(first).isEqualTo(second);
  }

  @Test
  void collectsWhatAConditionInAnotherLanguageGoverns() {
    StudyDefinition study =
        textItems(new TestStudy(), "I.A")
            .group("IG.MAIN", false, TestStudy.hiddenWhen("I.A", "CD.UNDEFINED"))
            .build();

    FormEvaluation evaluation =
        evaluate(
            study, FormValues.builder().value("IG.MAIN", "I.A", "a").build(), context(Sex.F, null));

    assertThat(evaluation.item(ItemPath.of(MAIN, "I.A")).orElseThrow().isCollected()).isTrue();
  }

  @Test
  void requiresARowOfAMandatoryRepeatingSectionUnlessItIsHidden() {
    StudyDefinition study =
        textItems(new TestStudy(), "I.ANY", "I.TERM")
            .condition("CD.NONE", "I.ANY = 'N'")
            .group("IG.MAIN", false, TestStudy.ref("I.ANY"))
            .group("IG.ROW", true, true, Optional.of("CD.NONE"), TestStudy.mandatory("I.TERM"))
            .build();

    FormEvaluation some =
        evaluate(
            study,
            FormValues.builder().value("IG.MAIN", "I.ANY", "Y").build(),
            context(Sex.F, null));
    FormEvaluation none =
        evaluate(
            study,
            FormValues.builder().value("IG.MAIN", "I.ANY", "N").build(),
            context(Sex.F, null));

    assertThat(some.missingMandatory())
        .singleElement()
        .satisfies(
            missing -> {
              assertThat(missing.path()).isEqualTo(ItemPath.ofGroup(ItemGroupKey.of("IG.ROW")));
              assertThat(missing.text(java.util.Locale.ENGLISH))
                  .isEqualTo("Section IG.ROW: at least one row is required");
            });
    assertThat(none.missingMandatory()).isEmpty();
  }

  @Test
  void doesNotRequireTheItemsOfAnOptionalSectionLeftEmpty() {
    StudyDefinition study =
        textItems(new TestStudy(), "I.A", "I.B")
            .group("IG.OPTIONAL", false, TestStudy.mandatory("I.A"), TestStudy.mandatory("I.B"))
            .build();

    FormEvaluation empty = evaluate(study, FormValues.empty(), context(Sex.F, null));
    FormEvaluation started =
        evaluate(
            study,
            FormValues.builder().value("IG.OPTIONAL", "I.A", "a").build(),
            context(Sex.F, null));

    assertThat(empty.missingMandatory()).isEmpty();
    assertThat(empty.isComplete()).isTrue();
    assertThat(started.missingMandatory())
        .extracting(CheckMessage::path)
        .isEqualTo(List.of(ItemPath.of(ItemGroupKey.of("IG.OPTIONAL"), "I.B")));
  }
}
