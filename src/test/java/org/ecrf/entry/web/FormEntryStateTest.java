package org.ecrf.entry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.web.FormRenderModel;
import org.ecrf.entry.domain.EnteredValue;
import org.ecrf.entry.domain.FormValues;
import org.ecrf.entry.domain.ItemGroupKey;
import org.ecrf.testing.TopitDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FormEntryStateTest {

  private static StudyDefinition topit;
  private static FormRenderModel medicalHistory;
  private static FormRenderModel pucai;

  @BeforeAll
  static void readTopit() {
    topit = TopitDefinition.get();
    medicalHistory = FormRenderModel.of(topit, "F.MEDICAL_HISTORY", Locale.ENGLISH);
    pucai = FormRenderModel.of(topit, "F.PUCAI", Locale.ENGLISH);
  }

  @Test
  void aNewFormHasOneInstanceOfEachPlainSectionAndNoRowsOfARepeatingOne() {
    FormEntryState state = new FormEntryState();
    state.load(medicalHistory, FormValues.empty());

    assertThat(state.rows("IG.MH")).isEmpty();
    assertThat(state.values(medicalHistory).instances()).isEmpty();

    state.load(pucai, FormValues.empty());
    assertThat(state.rows("IG.PUCAI")).containsExactly(1);
  }

  @Test
  void storedValuesComeBackAsTypedWithUnitsAndRowsInOrder() {
    FormValues stored =
        FormValues.builder()
            .value(new ItemGroupKey("IG.MH", 3), "I.MH_TERM", EnteredValue.of("Asthma"))
            .value(new ItemGroupKey("IG.MH", 1), "I.MH_TERM", EnteredValue.of("Appendectomy"))
            .build();
    FormEntryState state = new FormEntryState();
    state.load(medicalHistory, stored);

    assertThat(state.rows("IG.MH")).containsExactly(1, 3);
    assertThat(state.getText()).containsEntry("IG.MH|3|I.MH_TERM", "Asthma");
    assertThat(state.values(medicalHistory).value(new ItemGroupKey("IG.MH", 1), "I.MH_TERM"))
        .map(EnteredValue::text)
        .contains("Appendectomy");
  }

  @Test
  void aNewRowTakesTheNextRepeatKeyAndARemovedRowTakesItsValuesAlong() {
    FormEntryState state = new FormEntryState();
    state.load(medicalHistory, FormValues.empty());

    assertThat(state.addRow("IG.MH")).isEqualTo(1);
    assertThat(state.addRow("IG.MH")).isEqualTo(2);
    state.getText().put("IG.MH|1|I.MH_TERM", "Appendectomy");
    state.removeRow("IG.MH", 1);

    assertThat(state.addRow("IG.MH")).isEqualTo(3);
    assertThat(state.rows("IG.MH")).containsExactly(2, 3);
    assertThat(state.getText()).doesNotContainKey("IG.MH|1|I.MH_TERM");
  }

  @Test
  void aConfirmationBelongsToTheValueItWasGivenForAndLapsesWhenTheValueChanges() {
    FormEntryState state = new FormEntryState();
    state.load(pucai, FormValues.empty());
    String stools = "IG.PUCAI|1|I.PUCAI_STOOLS";
    state.getText().put(stools, "31");
    state.getConfirmed().put(stools, true);

    assertThat(stools(state).warningConfirmed()).isTrue();

    state.getText().put(stools, "32");
    assertThat(stools(state).warningConfirmed()).isFalse();
    state.getText().put(stools, "31");
    assertThat(stools(state).warningConfirmed()).isFalse();
  }

  @Test
  void derivedItemsAreNeverSentAsTyped() {
    FormEntryState state = new FormEntryState();
    state.load(pucai, FormValues.empty());
    state.getText().put("IG.PUCAI_RESULT|1|I.PUCAI_TOTAL", "85");

    assertThat(
            state
                .values(pucai)
                .value(new ItemGroupKey("IG.PUCAI_RESULT", 1), "I.PUCAI_TOTAL")
                .filter(value -> !value.isEmpty()))
        .isEmpty();
  }

  private EnteredValue stools(FormEntryState state) {
    Optional<EnteredValue> value =
        state.values(pucai).value(new ItemGroupKey("IG.PUCAI", 1), "I.PUCAI_STOOLS");
    return value.orElseThrow();
  }
}
