package org.ecrf.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.ecrf.crf.domain.DataType;
import org.ecrf.crf.domain.StudyDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** ItemDef Length, SignificantDigits, stored characters and code lists, on small definitions. */
class ItemFormatTest {

  private static final ItemGroupKey GROUP = ItemGroupKey.of("IG.X");
  private static final ItemPath X = ItemPath.of(GROUP, "I.X");
  private static final EntryContext CONTEXT =
      new EntryContext("T-0001", SubjectFacts.UNKNOWN, VisitContext.of(TestStudy.EVENT, null));

  private static FormEvaluation evaluate(StudyDefinition study, EnteredValue value) {
    return FormEvaluator.evaluate(
        study,
        TestStudy.FORM,
        FormValues.builder().value(GROUP, "I.X", value).build(),
        CONTEXT,
        Derivations.none());
  }

  private static StudyDefinition single(TestStudy.ItemSpec item) {
    return new TestStudy().add(item).group("IG.X", false, TestStudy.ref("I.X")).build();
  }

  @ParameterizedTest(name = "{0}({1},{2}) ''{3}'': {4}")
  @CsvFileSource(resources = "/entry/item-formats.csv", numLinesToSkip = 1)
  void holdsNumbersAndTextsToLengthAndSignificantDigits(
      String type, Integer length, Integer decimals, String text, CheckKind kind, String english) {
    TestStudy.ItemSpec item = TestStudy.item("I.X", DataType.fromOdm(type).orElseThrow());
    if (length != null) {
      item.length(length);
    }
    if (decimals != null) {
      item.decimals(decimals);
    }

    FormEvaluation evaluation = evaluate(single(item), EnteredValue.of(text));

    if (kind == null) {
      assertThat(evaluation.messages()).isEmpty();
      assertThat(evaluation.valuesToStore().get(X).text()).isEqualTo(text);
    } else {
      assertThat(evaluation.errors())
          .singleElement()
          .satisfies(
              error -> {
                assertThat(error.kind()).isEqualTo(kind);
                assertThat(error.text(Locale.ENGLISH)).isEqualTo(english);
              });
    }
  }

  @Test
  void acceptsUpToFourThousandCharactersWhenTheItemSetsNoLength() {
    StudyDefinition study = single(TestStudy.item("I.X", DataType.TEXT));

    assertThat(evaluate(study, EnteredValue.of("a".repeat(4000))).hasErrors()).isFalse();
    assertThat(evaluate(study, EnteredValue.of("a".repeat(4001))).errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.kind()).isEqualTo(CheckKind.LENGTH);
              assertThat(error.text(Locale.ENGLISH))
                  .isEqualTo("Question I.X: 4001 characters entered, at most 4000 allowed");
              assertThat(error.text(Locale.GERMAN))
                  .isEqualTo("Frage I.X: 4001 Zeichen eingegeben, höchstens 4000 erlaubt");
            });
  }

  @ParameterizedTest(name = "character U+{0}")
  @CsvSource({"0000, 2", "0007, 2", "001B, 2", "FFFE, 2", "D800, 2"})
  void refusesCharactersThatCannotBeStored(String hex, int position) {
    String text = "a" + (char) Integer.parseInt(hex, 16) + "b";

    FormEvaluation evaluation =
        evaluate(single(TestStudy.item("I.X", DataType.TEXT)), EnteredValue.of(text));

    assertThat(evaluation.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.kind()).isEqualTo(CheckKind.TYPE);
              assertThat(error.text(Locale.ENGLISH))
                  .isEqualTo(
                      "Question I.X: the text contains a control character that cannot be"
                          + " stored (character "
                          + position
                          + ")");
            });
  }

  @Test
  void keepsLineBreaksAndTabsInsideATextButNotAroundIt() {
    FormEvaluation evaluation =
        evaluate(
            single(TestStudy.item("I.X", DataType.TEXT)),
            EnteredValue.of("\n first line\n\tsecond line \r\n"));

    assertThat(evaluation.valuesToStore().get(X).text()).isEqualTo("first line\n\tsecond line");
  }

  @ParameterizedTest(name = "{0} ''{1}'': valid {2}")
  @CsvSource({
    "integer, 5, true",
    "integer, ' 10 ', true",
    "integer, 05, false",
    "integer, +5, false",
    "integer, 7, false",
    "text, Y, true",
    "text, y, false",
    "text, YES, false"
  })
  void acceptsOnlyTheCodedValuesOfTheCodeList(String type, String text, boolean valid) {
    DataType dataType = DataType.fromOdm(type).orElseThrow();
    String[] codes =
        dataType == DataType.INTEGER ? new String[] {"0", "5", "10"} : new String[] {"Y", "N"};
    StudyDefinition study =
        new TestStudy()
            .codeList("CL.X", dataType, codes)
            .add(TestStudy.item("I.X", dataType).codeList("CL.X").question("Pain", "Schmerz"))
            .group("IG.X", false, TestStudy.ref("I.X"))
            .build();

    FormEvaluation evaluation = evaluate(study, EnteredValue.of(text));

    assertThat(evaluation.hasErrors()).isEqualTo(!valid);
    if (!valid) {
      assertThat(evaluation.errors().get(0).kind()).isEqualTo(CheckKind.CODE_LIST);
      assertThat(evaluation.errors().get(0).text(Locale.ENGLISH))
          .isEqualTo(
              "Pain: "
                  + text.strip()
                  + " is not one of the choices ("
                  + String.join(", ", codes)
                  + ")");
      assertThat(evaluation.errors().get(0).text(Locale.GERMAN))
          .startsWith("Schmerz: " + text.strip() + " ist keine der Antwortmöglichkeiten");
    }
  }

  @Test
  void holdsAValueInAFurtherUnitOnlyToThePlatformsNumberLimits() {
    StudyDefinition study =
        single(
            TestStudy.item("I.X", DataType.FLOAT).length(3).decimals(1).units("MU.G_DL", "MU.G_L"));

    FormEvaluation inGramsPerLitre = evaluate(study, EnteredValue.of("35.5", "MU.G_L"));
    FormEvaluation inStandardUnit = evaluate(study, EnteredValue.of("3.55", "MU.G_DL"));

    assertThat(inGramsPerLitre.hasErrors()).isFalse();
    assertThat(inGramsPerLitre.valuesToStore().get(X).standard())
        .contains(new Quantity(new java.math.BigDecimal("3.55"), "MU.G_DL"));
    assertThat(inStandardUnit.errors())
        .extracting(CheckMessage::kind)
        .containsExactly(CheckKind.LENGTH);
  }
}
