package org.ecrf.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.testing.TopitDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadablePathTest {

  private static ReadablePath readable(ItemPath path, Locale locale) {
    return ReadablePath.of(path, TopitDefinition.get(), locale);
  }

  @Test
  void anItemReadsAsVisitFormAndItemWithItsQuestion() {
    ItemPath pain =
        ItemPath.form("TOPIT", "POT-0001", "SE.WEEK0", 1, "F.PUCAI")
            .group("IG.PUCAI", 1)
            .item("I.PUCAI_PAIN");

    ReadablePath english = readable(pain, Locale.ENGLISH);

    assertThat(english.withinSubject()).isEqualTo("Week 0 \u203a PUCAI \u203a I.PUCAI_PAIN");
    assertThat(english.narrowestFirst()).isEqualTo("I.PUCAI_PAIN, PUCAI, Week 0, POT-0001");
    assertThat(english.question()).isEqualTo("Abdominal pain");
    assertThat(readable(pain, Locale.GERMAN).question()).isEqualTo("Bauchschmerzen");
  }

  @ParameterizedTest(name = "{0}[{1}]/{2}/{3}[{4}]/{5} reads {6}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SE.WEEK0 | 1 | | | | | Week 0",
        "SE.UNSCHEDULED | 2 | | | | | Unscheduled visit (2)",
        "SE.UNSCHEDULED | 1 | F.PUCAI | | | | Unscheduled visit (1) › PUCAI",
        "SE.SCREENING | 1 | F.MEDICAL_HISTORY | IG.MH | 3 | I.MH_TERM | Screening › Medical history › Medical history (3) › I.MH_TERM",
        "SE.WEEK0 | 1 | F.PUCAI | IG.PUCAI | 1 | | Week 0 › PUCAI › Symptoms (average of the last 2 days)",
        "SE.WEEK0 | 2 | | | | | Week 0 (2)",
        "SE.GONE | 1 | F.GONE | IG.GONE | 1 | I.GONE | SE.GONE › F.GONE › I.GONE",
        "| | | | | | ''"
      })
  void partsReadByTheirNamesAndRepeatsOnlyWhereTheyRepeat(
      String event,
      Integer repeat,
      String form,
      String group,
      Integer groupRepeat,
      String item,
      String expected) {
    ItemPath path =
        new ItemPath("TOPIT", "POT-0001", event, repeat, form, group, groupRepeat, item);

    assertThat(readable(path, Locale.ENGLISH).withinSubject()).isEqualTo(expected);
  }

  @Test
  void aGroupReadsByItsSectionTitleInTheReadersLanguage() {
    ItemPath row =
        ItemPath.form("TOPIT", "POT-0001", "SE.SCREENING", 1, "F.MEDICAL_HISTORY")
            .group("IG.MH", 2);

    assertThat(readable(row, Locale.GERMAN).narrowestFirst())
        .isEqualTo("Vorgeschichte (2), Medical history, Screening, POT-0001");
  }

  @Test
  void anUnknownItemHasNoQuestion() {
    ItemPath path = ItemPath.subject("TOPIT", "POT-0001").item("I.GONE");

    assertThat(readable(path, Locale.ENGLISH).question()).isNull();
    assertThat(readable(path, Locale.ENGLISH).narrowestFirst()).isEqualTo("I.GONE, POT-0001");
  }
}
