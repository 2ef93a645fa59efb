package org.ecrf.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A blinded caller neither sees nor changes a blinded item. */
class BlindedItemsTest {

  private static final ItemGroupKey RESULT = ItemGroupKey.of("IG.TROUGH_RESULT");
  private final BlindedItems blinded = new BlindedItems(Set.of("I.TROUGH_IFX"));

  private final FormValues stored =
      FormValues.builder()
          .value("IG.TROUGH_RESULT", "I.TROUGH_IFX", "3.2")
          .value("IG.TROUGH_RESULT", "I.TROUGH_ASSAY", "ELISA")
          .build();

  @Test
  void stripsBlindedValuesForThePage() {
    FormValues shown = blinded.strip(stored);

    assertThat(shown.value(RESULT, "I.TROUGH_IFX")).isEmpty();
    assertThat(shown.value(RESULT, "I.TROUGH_ASSAY")).contains(EnteredValue.of("ELISA"));
  }

  @Test
  void keepsTheStoredValueWhateverIsSubmitted() {
    FormValues submitted =
        FormValues.builder()
            .value("IG.TROUGH_RESULT", "I.TROUGH_IFX", "9.9")
            .value("IG.TROUGH_RESULT", "I.TROUGH_ASSAY", "LC-MS")
            .build();

    FormValues kept = blinded.keepStored(submitted, stored);

    assertThat(kept.value(RESULT, "I.TROUGH_IFX")).contains(EnteredValue.of("3.2"));
    assertThat(kept.value(RESULT, "I.TROUGH_ASSAY")).contains(EnteredValue.of("LC-MS"));
  }

  @Test
  void keepsTheStoredValueWhenTheSubmissionLeavesItOut() {
    FormValues submitted =
        FormValues.builder().value("IG.TROUGH_RESULT", "I.TROUGH_ASSAY", "ELISA").build();

    assertThat(blinded.keepStored(submitted, stored).value(RESULT, "I.TROUGH_IFX"))
        .contains(EnteredValue.of("3.2"));
  }

  @Test
  void neverAddsABlindedValueThatIsNotStored() {
    FormValues submitted =
        FormValues.builder().value("IG.TROUGH_RESULT", "I.TROUGH_IFX", "9.9").build();

    assertThat(blinded.keepStored(submitted, FormValues.empty()).value(RESULT, "I.TROUGH_IFX"))
        .isEmpty();
  }

  @Test
  void changesNothingWhenNothingIsBlinded() {
    FormValues submitted =
        FormValues.builder().value("IG.TROUGH_RESULT", "I.TROUGH_IFX", "9.9").build();

    assertThat(BlindedItems.NONE.keepStored(submitted, stored)).isEqualTo(submitted);
  }
}
