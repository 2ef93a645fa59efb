package org.ecrf.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ecrf.crf.domain.DataType;
import org.ecrf.crf.domain.FormDef;
import org.ecrf.crf.domain.ItemDef;
import org.ecrf.crf.domain.ItemGroupDef;
import org.ecrf.crf.domain.ItemRef;
import org.ecrf.crf.domain.StudyDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a user types or an import sends, the engine answers with messages, never an exception,
 * and the messages stay short and printable. Every hostile text is put into every item of every
 * TOPIT form at once.
 */
class HostileInputTest {

  private static final int LONGEST_MESSAGE = 700;

  static Stream<String> hostileTexts() {
    return Stream.of(
        "<script>alert('x')</script>",
        "'; DROP TABLE item_value; --",
        "\" OR 1=1 --",
        "x".repeat(10_000),
        "9".repeat(10_000),
        "2026-02-30",
        "1E999999999",
        "-INF",
        "NaN",
        "\u0000",
        "a\uD800b",
        "١٢",
        "１２",
        "{q}{v}{1}{2}",
        "${jndi:ldap://x/a}",
        "-",
        ".",
        "\n5\n",
        "Ωμέγα 😀");
  }

  private static FormValues everyItem(StudyDefinition study, FormDef form, String text) {
    FormValues.Builder values = FormValues.builder();
    for (ItemGroupDef group : study.itemGroupsOf(form.oid())) {
      for (ItemRef ref : group.itemRefs()) {
        ItemGroupKey key = ItemGroupKey.of(group.oid());
        values.value(key, ref.itemOid(), EnteredValue.of(text).confirmed());
      }
    }
    return values.build();
  }

  @ParameterizedTest(name = "[{index}] hostile text")
  @MethodSource("hostileTexts")
  void answersEveryHostileTextInEveryItemWithMessagesNeverAnException(String text) {
    StudyDefinition topit = Topit.definition();
    for (FormDef form : topit.forms()) {
      FormValues values = everyItem(topit, form, text);

      FormEvaluation evaluation = Topit.evaluate(form.oid(), values, Topit.ucChild());

      assertThat(evaluation).isEqualTo(Topit.evaluate(form.oid(), values, Topit.ucChild()));
      for (ItemEvaluation item : evaluation.items()) {
        if (item.status() == ItemStatus.ENTERED) {
          assertThat(item.isValid() || !item.messages().isEmpty()).isTrue();
          boolean stored = evaluation.valuesToStore().containsKey(item.path());
          assertThat(stored).isTrue();
          assertThat(evaluation.valuesToStore().get(item.path()).text()).isEqualTo(text.strip());
        }
      }
      assertThat(evaluation.messages()).allSatisfy(HostileInputTest::isShortAndPrintable);
    }
  }

  @Test
  void storesScriptAndSqlInAFreeTextItemExactlyAsTyped() {
    String script = "<script>alert('x')</script>'; DROP TABLE item_value; --";
    ItemGroupKey row = new ItemGroupKey("IG.AE", 1);

    FormEvaluation evaluation =
        Topit.evaluate(
            "F.AE",
            FormValues.builder().value(row, "I.AE_TERM", EnteredValue.of(script)).build(),
            Topit.ucChild());

    assertThat(evaluation.hasErrors()).isFalse();
    assertThat(evaluation.valuesToStore().get(ItemPath.of(row, "I.AE_TERM")).text())
        .isEqualTo(script);
  }

  @Test
  void refusesEveryHostileTextInEveryNumberAndDateItem() {
    StudyDefinition topit = Topit.definition();
    List<String> refusedEverywhere =
        List.of("<script>alert('x')</script>", "2026-02-30", "NaN", "1E999999999", "١٢");
    for (FormDef form : topit.forms()) {
      for (String text : refusedEverywhere) {
        FormEvaluation evaluation =
            Topit.evaluate(form.oid(), everyItem(topit, form, text), Topit.ucChild());
        evaluation.items().stream()
            .filter(item -> item.status() == ItemStatus.ENTERED)
            .filter(item -> isNumberOrDate(topit.item(item.itemOid()).orElseThrow()))
            .forEach(item -> assertThat(item.isValid()).as(item.path() + " " + text).isFalse());
      }
    }
  }

  @Test
  void reportsAHostileItemOidOrUnitShortened() {
    String hostileOid = "I.<script>" + "X".repeat(10_000);
    FormValues values =
        FormValues.builder()
            .value("IG.PUCAI", hostileOid, "5")
            .value(
                ItemGroupKey.of("IG.PUCAI"),
                "I.PUCAI_STOOLS",
                EnteredValue.of("3", "MU.<img src=x onerror=alert(1)>" + "U".repeat(10_000)))
            .build();

    FormEvaluation evaluation = Topit.evaluate("F.PUCAI", values, Topit.ucChild());

    assertThat(evaluation.errors())
        .extracting(CheckMessage::kind)
        .containsExactly(CheckKind.STRUCTURE, CheckKind.UNIT);
    assertThat(evaluation.errors()).allSatisfy(HostileInputTest::isShortAndPrintable);
  }

  @Test
  void keepsPlaceholdersInAValueAsTyped() {
    FormEvaluation evaluation =
        Topit.evaluate(
            "F.PUCAI",
            FormValues.builder().value("IG.PUCAI", "I.PUCAI_STOOLS", "{1}{q}").build(),
            Topit.ucChild());

    assertThat(evaluation.errors().get(0).text(Locale.ENGLISH))
        .isEqualTo("Number of stools per 24 hours: {1}{q} is not a number");
  }

  private static boolean isNumberOrDate(ItemDef item) {
    DataType type = item.dataType();
    return type.isNumeric() || type == DataType.DATE || type == DataType.TIME;
  }

  private static void isShortAndPrintable(CheckMessage message) {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
      String text = message.text(locale);
      assertThat(text).isNotBlank().hasSizeLessThan(LONGEST_MESSAGE);
      assertThat(
              text.chars()
                  .filter(c -> c < ' ' || Character.isSurrogate((char) c) && !text.contains("😀")))
          .as(text)
          .isEmpty();
    }
  }
}
