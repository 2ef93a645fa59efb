package org.ecrf.entry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValuesTest {

  private static final ItemGroupKey PUCAI = ItemGroupKey.of("IG.PUCAI");

  @Test
  void keepsTheTextExactlyAsEntered() {
    FormValues values = FormValues.builder().value("IG.PUCAI", "I.PUCAI_STOOLS", " 3 ").build();

    assertThat(values.value(PUCAI, "I.PUCAI_STOOLS").orElseThrow().text()).isEqualTo(" 3 ");
    assertThat(values.value(PUCAI, "I.PUCAI_STOOLS").orElseThrow().stripped()).isEqualTo("3");
  }

  @Test
  void readsNullAndWhitespaceAsNoValueAndABlankUnitAsTheStandardUnit() {
    EnteredValue blank = EnteredValue.of("  \t", " ");

    assertThat(EnteredValue.of(null).isEmpty()).isTrue();
    assertThat(blank.isEmpty()).isTrue();
    assertThat(blank.unitOid()).isEmpty();
  }

  @Test
  void refusesTheSameInstanceTwice() {
    GroupInstance row = new GroupInstance(new ItemGroupKey("IG.AE", 2), Map.of());

    assertThatThrownBy(() -> new FormValues(List.of(row, row)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IG.AE[2]");
  }

  @Test
  void refusesARepeatKeyBelowOne() {
    assertThatThrownBy(() -> new ItemGroupKey("IG.AE", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IG.AE");
  }

  @Test
  void overlaysChangedItemsAndKeepsTheOthers() {
    FormValues stored =
        FormValues.builder()
            .value("IG.PUCAI", "I.PUCAI_PAIN", "5")
            .value("IG.PUCAI", "I.PUCAI_STOOLS", "4")
            .build();
    FormValues changes =
        FormValues.builder()
            .value("IG.PUCAI", "I.PUCAI_STOOLS", "7")
            .value(new ItemGroupKey("IG.AE", 1), "I.AE_TERM", EnteredValue.of("Rash"))
            .build();

    FormValues merged = stored.overlay(changes);

    assertThat(merged.value(PUCAI, "I.PUCAI_PAIN").orElseThrow().text()).isEqualTo("5");
    assertThat(merged.value(PUCAI, "I.PUCAI_STOOLS").orElseThrow().text()).isEqualTo("7");
    assertThat(merged.instance(new ItemGroupKey("IG.AE", 1))).isPresent();
  }

  @Test
  void keepsEmptyRowsOfRepeatingGroups() {
    FormValues values = FormValues.builder().instance(new ItemGroupKey("IG.AE", 3)).build();

    assertThat(values.instance(new ItemGroupKey("IG.AE", 3)).orElseThrow().isEmpty()).isTrue();
  }
}
