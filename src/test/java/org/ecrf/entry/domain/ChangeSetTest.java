package org.ecrf.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a save writes, compared with what is stored, on the TOPIT forms. */
class ChangeSetTest {

  private static final ItemGroupKey PUCAI = ItemGroupKey.of("IG.PUCAI");
  private static final ItemGroupKey RESULT = ItemGroupKey.of("IG.PUCAI_RESULT");
  private static final ItemGroupKey ADVICE = ItemGroupKey.of("IG.INF_ADVICE");
  private static final ItemGroupKey INFLAMMATION = ItemGroupKey.of("IG.LB_INFLAMMATION");

  private static FormValues.Builder pucai(String stools) {
    return FormValues.builder()
        .value("IG.PUCAI", "I.PUCAI_PAIN", "5")
        .value("IG.PUCAI", "I.PUCAI_BLEEDING", "10")
        .value("IG.PUCAI", "I.PUCAI_CONSISTENCY", "5")
        .value("IG.PUCAI", "I.PUCAI_STOOLS", stools)
        .value("IG.PUCAI", "I.PUCAI_NOCTURNAL", "0")
        .value("IG.PUCAI", "I.PUCAI_ACTIVITY", "5");
  }

  /** What storage holds after saving these values: what the evaluation said to store. */
  private static FormValues storedAfterSaving(String formOid, FormValues values) {
    FormEvaluation evaluation = Topit.evaluate(formOid, values, Topit.ucChild());
    FormValues.Builder stored = FormValues.builder();
    evaluation
        .valuesToStore()
        .forEach(
            (path, value) ->
                stored.value(
                    path.group(),
                    path.itemOid(),
                    EnteredValue.of(value.text(), value.unitOid().orElse(null))));
    return stored.build();
  }

  private static ChangeSet save(String formOid, FormValues stored, FormValues values) {
    return ChangeSet.between(stored, Topit.evaluate(formOid, values, Topit.ucChild()));
  }

  @Test
  void insertsEveryValueOfAFirstSaveWithoutReason() {
    ChangeSet changes = save("F.PUCAI", FormValues.empty(), pucai("4").build());

    assertThat(changes.groupChanges())
        .containsExactly(
            new GroupChange(PUCAI, ChangeType.INSERT), new GroupChange(RESULT, ChangeType.INSERT));
    assertThat(changes.itemChanges()).hasSize(8).allMatch(c -> c.type() == ChangeType.INSERT);
    assertThat(changes.itemChanges())
        .filteredOn(ItemChange::derived)
        .extracting(c -> c.path().itemOid(), ItemChange::after, ItemChange::cause)
        .containsExactly(
            tuple(
                "I.PUCAI_TOTAL",
                Optional.of(new StoredValue("30", Optional.empty())),
                ChangeCause.DERIVED),
            tuple(
                "I.PUCAI_CATEGORY",
                Optional.of(new StoredValue("MILD", Optional.empty())),
                ChangeCause.DERIVED));
    assertThat(changes.needsReason()).isFalse();
  }

  @Test
  void changesNothingWhenTheValuesAreAsStored() {
    FormValues stored = storedAfterSaving("F.PUCAI", pucai("4").build());

    ChangeSet changes = save("F.PUCAI", stored, pucai(" 4 ").build());

    assertThat(changes.isEmpty()).isTrue();
    assertThat(changes.needsReason()).isFalse();
  }

  @Test
  void needsAReasonToUpdateAStoredValueButNotForTheRecomputedTotal() {
    FormValues stored = storedAfterSaving("F.PUCAI", pucai("4").build());

    ChangeSet changes = save("F.PUCAI", stored, pucai("7").build());

    assertThat(changes.itemChanges())
        .extracting(
            c -> c.path().itemOid(),
            ItemChange::type,
            ItemChange::cause,
            ItemChange::reasonRequired)
        .containsExactly(
            tuple("I.PUCAI_STOOLS", ChangeType.UPDATE, ChangeCause.ENTERED, true),
            tuple("I.PUCAI_TOTAL", ChangeType.UPDATE, ChangeCause.DERIVED, false),
            tuple("I.PUCAI_CATEGORY", ChangeType.UPDATE, ChangeCause.DERIVED, false));
    assertThat(changes.itemChanges().get(0).before())
        .contains(new StoredValue("4", Optional.empty()));
    assertThat(changes.itemChanges().get(0).after())
        .contains(new StoredValue("7", Optional.empty()));
    assertThat(changes.needsReason()).isTrue();
    assertThat(changes.changesNeedingReason()).hasSize(1);
  }

  @Test
  void removesAClearedValueWithAReasonAndTheDerivedValuesWithout() {
    FormValues stored = storedAfterSaving("F.PUCAI", pucai("4").build());

    ChangeSet changes = save("F.PUCAI", stored, pucai("").build());

    assertThat(changes.itemChanges())
        .extracting(
            c -> c.path().itemOid(),
            ItemChange::type,
            ItemChange::cause,
            ItemChange::reasonRequired)
        .containsExactly(
            tuple("I.PUCAI_STOOLS", ChangeType.REMOVE, ChangeCause.CLEARED, true),
            tuple("I.PUCAI_TOTAL", ChangeType.REMOVE, ChangeCause.DERIVED, false),
            tuple("I.PUCAI_CATEGORY", ChangeType.REMOVE, ChangeCause.DERIVED, false));
    assertThat(changes.groupChanges()).isEmpty();
  }

  @Test
  void removesTheStoredValueOfAnItemSkipLogicNowHides() {
    FormValues stored =
        storedAfterSaving(
            "F.INFUSION",
            FormValues.builder()
                .value("IG.INF_ADVICE", "I.INF_DECISION", "OVERRIDE")
                .value("IG.INF_ADVICE", "I.INF_DECISION_REASON", "Weight loss since the last visit")
                .build());
    FormValues followed =
        FormValues.builder()
            .value("IG.INF_ADVICE", "I.INF_DECISION", "FOLLOW")
            .value("IG.INF_ADVICE", "I.INF_DECISION_REASON", "Weight loss since the last visit")
            .build();

    ChangeSet changes = save("F.INFUSION", stored, followed);

    assertThat(changes.itemChanges())
        .extracting(
            ItemChange::path, ItemChange::type, ItemChange::cause, ItemChange::reasonRequired)
        .containsExactly(
            tuple(
                ItemPath.of(ADVICE, "I.INF_DECISION"),
                ChangeType.UPDATE,
                ChangeCause.ENTERED,
                true),
            tuple(
                ItemPath.of(ADVICE, "I.INF_DECISION_REASON"),
                ChangeType.REMOVE,
                ChangeCause.HIDDEN,
                true));
  }

  @Test
  void removesARepeatingRowSoftlyWithItsValuesAndAReason() {
    ItemGroupKey first = new ItemGroupKey("IG.AE", 1);
    ItemGroupKey second = new ItemGroupKey("IG.AE", 2);
    FormValues stored =
        FormValues.builder()
            .value(first, "I.AE_TERM", EnteredValue.of("Headache"))
            .value(second, "I.AE_TERM", EnteredValue.of("Rash"))
            .value(second, "I.AE_ONGOING", EnteredValue.of("Y"))
            .build();
    FormValues withoutSecond =
        FormValues.builder().value(first, "I.AE_TERM", EnteredValue.of("Headache")).build();

    ChangeSet changes = save("F.AE", stored, withoutSecond);

    assertThat(changes.groupChanges()).containsExactly(new GroupChange(second, ChangeType.REMOVE));
    assertThat(changes.itemChanges())
        .extracting(
            ItemChange::path, ItemChange::type, ItemChange::cause, ItemChange::reasonRequired)
        .containsExactly(
            tuple(
                ItemPath.of(second, "I.AE_TERM"), ChangeType.REMOVE, ChangeCause.ROW_REMOVED, true),
            tuple(
                ItemPath.of(second, "I.AE_ONGOING"),
                ChangeType.REMOVE,
                ChangeCause.ROW_REMOVED,
                true));
    assertThat(changes.needsReason()).isTrue();
  }

  @Test
  void addsANewRowWithoutReason() {
    ItemGroupKey first = new ItemGroupKey("IG.AE", 1);
    ItemGroupKey second = new ItemGroupKey("IG.AE", 2);
    FormValues stored =
        FormValues.builder().value(first, "I.AE_TERM", EnteredValue.of("Headache")).build();
    FormValues withSecond =
        FormValues.builder()
            .value(first, "I.AE_TERM", EnteredValue.of("Headache"))
            .value(second, "I.AE_TERM", EnteredValue.of("Rash"))
            .build();

    ChangeSet changes = save("F.AE", stored, withSecond);

    assertThat(changes.groupChanges()).containsExactly(new GroupChange(second, ChangeType.INSERT));
    assertThat(changes.itemChanges())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.type()).isEqualTo(ChangeType.INSERT);
              assertThat(change.reasonRequired()).isFalse();
            });
  }

  @Test
  void aChangedUnitIsAnUpdateAndAStoredValueWithoutUnitIsInTheStandardUnit() {
    FormValues storedWithoutUnit =
        FormValues.builder().value(INFLAMMATION, "I.LB_CRP", EnteredValue.of("3.5")).build();
    FormValues sameInStandardUnit =
        FormValues.builder()
            .value(INFLAMMATION, "I.LB_CRP", EnteredValue.of("3.5", "MU.MG_L"))
            .build();
    FormValues inMilligramsPerDecilitre =
        FormValues.builder()
            .value(INFLAMMATION, "I.LB_CRP", EnteredValue.of("3.5", "MU.MG_DL"))
            .build();

    assertThat(save("F.LAB", storedWithoutUnit, sameInStandardUnit).isEmpty()).isTrue();
    assertThat(save("F.LAB", storedWithoutUnit, inMilligramsPerDecilitre).itemChanges())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.type()).isEqualTo(ChangeType.UPDATE);
              assertThat(change.before()).contains(new StoredValue("3.5", Optional.of("MU.MG_L")));
              assertThat(change.after()).contains(new StoredValue("3.5", Optional.of("MU.MG_DL")));
              assertThat(change.reasonRequired()).isTrue();
            });
  }

  @Test
  void leavesStoredDataOutsideTheFormDefinitionAlone() {
    FormValues stored =
        FormValues.builder()
            .value("IG.PUCAI", "I.RETIRED_ITEM", "1")
            .value("IG.OTHER_FORM", "I.PUCAI_PAIN", "5")
            .build();

    ChangeSet changes = save("F.PUCAI", stored, FormValues.empty());

    assertThat(changes.isEmpty()).isTrue();
  }

  @Test
  void refusesAnEvaluationWithErrors() {
    FormEvaluation withError = Topit.evaluate("F.PUCAI", pucai("many").build(), Topit.ucChild());

    assertThatThrownBy(() -> ChangeSet.between(FormValues.empty(), withError))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("F.PUCAI");
  }
}
