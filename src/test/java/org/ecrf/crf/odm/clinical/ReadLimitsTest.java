package org.ecrf.crf.odm.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each limit of the reader at its boundary: the limit itself is accepted, one more is not. */
class ReadLimitsTest {

  @ParameterizedTest(name = "{0} x ''{1}'' with limit {2}: accepted {3}")
  @CsvSource({
    "3999, a, 4000, true",
    "4000, a, 4000, true",
    "4001, a, 4000, false",
    "4000, 😀, 4000, true",
    "4001, 😀, 4000, false",
    "10, a, 10, true",
    "11, a, 10, false"
  })
  void refusesAFormWithAValueLongerThanTheLimit(
      int repeats, String character, int limit, boolean accepted) {
    String xml = OdmText.oneForm(OdmText.item("I.TEXT", character.repeat(repeats)));

    CollectedForms forms =
        CollectedForms.read(xml, ReadOptions.defaults().withMaxValueLength(limit));

    assertThat(forms.accepted).hasSize(accepted ? 1 : 0);
    if (!accepted) {
      ClinicalDataFault fault = forms.refused.get(0).faults().get(0);
      assertThat(fault.kind()).isEqualTo(ClinicalFaultKind.VALUE_TOO_LONG);
      assertThat(fault.message())
          .isEqualTo(
              "The Value of ItemData I.TEXT in ItemGroupData IG.ONE[1] in FormData F.ONE[1] has "
                  + repeats
                  + " characters; at most "
                  + limit
                  + " are accepted.");
    }
  }

  @ParameterizedTest(name = "reason of {0} characters with limit 100: accepted {1}")
  @CsvSource({"100, true", "101, false"})
  void refusesAFormWithAReasonForChangeLongerThanTheLimit(int length, boolean accepted) {
    String item =
        "<ItemData ItemOID=\"I.X\" Value=\"1\"><AuditRecord><UserRef UserOID=\"U\"/>"
            + "<LocationRef LocationOID=\"L\"/><DateTimeStamp>2025-03-01T10:00:00Z</DateTimeStamp>"
            + "<ReasonForChange>"
            + "r".repeat(length)
            + "</ReasonForChange></AuditRecord></ItemData>";

    CollectedForms forms =
        CollectedForms.read(OdmText.oneForm(item), ReadOptions.defaults().withMaxValueLength(100));

    assertThat(forms.accepted).hasSize(accepted ? 1 : 0);
  }

  @ParameterizedTest(name = "{0} items with limit 4 (the group counts too): accepted {1}")
  @CsvSource({"2, true", "3, true", "4, false", "50, false"})
  void refusesAFormWithMoreItemsThanTheLimit(int items, boolean accepted) {
    StringBuilder content = new StringBuilder();
    for (int i = 0; i < items; i++) {
      content.append(OdmText.item("I.N" + i, Integer.toString(i)));
    }

    CollectedForms forms =
        CollectedForms.read(
            OdmText.oneForm(content.toString()), ReadOptions.defaults().withMaxItemsPerForm(4));

    assertThat(forms.accepted).hasSize(accepted ? 1 : 0);
    if (!accepted) {
      assertThat(forms.refused.get(0).faults())
          .extracting(ClinicalDataFault::kind)
          .containsExactly(ClinicalFaultKind.TOO_MANY_ITEMS);
    }
  }

  /** ODM, ClinicalData, SubjectData, StudyEventData, FormData, ItemGroupData, ItemData: 7. */
  @ParameterizedTest(name = "depth limit {0}: outcome {1}")
  @CsvSource({"7, READ_TO_END, 1", "6, STOPPED, 0"})
  void stopsAtElementsNestedDeeperThanTheLimit(int limit, ReadOutcome outcome, int accepted) {
    CollectedForms forms =
        CollectedForms.read(
            OdmText.oneForm(OdmText.item("I.X", "1")), ReadOptions.defaults().withMaxDepth(limit));

    assertThat(forms.summary.outcome()).isEqualTo(outcome);
    assertThat(forms.accepted).hasSize(accepted);
    if (outcome == ReadOutcome.STOPPED) {
      assertThat(forms.summary.errors())
          .extracting(ClinicalDataFault::kind)
          .containsExactly(ClinicalFaultKind.TOO_DEEP);
      assertThat(forms.refused).hasSize(1);
    }
  }

  @ParameterizedTest(name = "limit = size {0}: outcome {1}")
  @CsvSource({"0, READ_TO_END", "-1, STOPPED"})
  void readsAStreamUpToExactlyTheSizeLimit(int slack, ReadOutcome outcome) {
    byte[] xml = OdmText.oneForm(OdmText.item("I.X", "1")).getBytes(StandardCharsets.UTF_8);
    CollectedForms forms = new CollectedForms();

    ReadSummary summary =
        new ClinicalDataReader(ReadOptions.defaults().withMaxBytes(xml.length + slack))
            .read(new ByteArrayInputStream(xml), forms);

    assertThat(summary.outcome()).isEqualTo(outcome);
    if (outcome == ReadOutcome.STOPPED) {
      assertThat(summary.errors())
          .singleElement()
          .satisfies(
              fault -> {
                assertThat(fault.kind()).isEqualTo(ClinicalFaultKind.TOO_LARGE);
                assertThat(fault.message()).contains("limit of " + (xml.length - 1) + " bytes");
              });
    }
  }

  @ParameterizedTest(name = "limit = size {0}: outcome {1}")
  @CsvSource({"0, READ_TO_END", "-1, STOPPED"})
  void refusesASourceLargerThanTheLimitBeforeReadingIt(int slack, ReadOutcome outcome) {
    byte[] xml = OdmText.oneForm(OdmText.item("I.X", "1")).getBytes(StandardCharsets.UTF_8);
    CollectedForms forms = new CollectedForms();

    ReadSummary summary =
        new ClinicalDataReader(ReadOptions.defaults().withMaxBytes(xml.length + slack))
            .read(ClinicalDataSource.of(xml), forms);

    assertThat(summary.outcome()).isEqualTo(outcome);
    assertThat(forms.accepted).hasSize(outcome == ReadOutcome.READ_TO_END ? 1 : 0);
    assertThat(forms.refused).isEmpty();
  }
}
