package org.ecrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SaveLedgerTest {

  @Test
  void acknowledgedSavesCountAsFoundWhenTheTrailHasThemInOrderAmongOthers() {
    List<String> trail = List.of("30.0 [MU.KG]", "30.1 [MU.KG]", "30.2 [MU.KG]", "30.3 [MU.KG]");

    assertThat(SaveLedger.inOrderPrefixMatch(List.of("30.1", "30.3"), trail)).isEqualTo(2);
  }

  @Test
  void aSaveMissingFromTheTrailEndsTheMatch() {
    List<String> trail = List.of("30.1", "30.3");

    assertThat(SaveLedger.inOrderPrefixMatch(List.of("30.1", "30.2", "30.3"), trail)).isEqualTo(1);
  }

  @Test
  void savesInTheWrongOrderAreNotAllFound() {
    assertThat(SaveLedger.inOrderPrefixMatch(List.of("30.2", "30.1"), List.of("30.1", "30.2")))
        .isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"35.50, 35.5", "35.5 [MU.KG], 35.5", "40, 40", "40.0 [MU.KG], 40"})
  void valuesCompareWithoutTrailingZerosAndUnits(String value, String canonical) {
    assertThat(SaveLedger.canonical(value)).isEqualTo(canonical);
  }

  @Test
  void refusedValuesAreCountedWhereverTheTrailHasThemAsNumbers() {
    List<String> trail = List.of("30.1 [MU.KG]", "30.3 [MU.KG]");

    assertThat(SaveLedger.foundIn(List.of("30.3", "30.2", "30.10"), trail)).isEqualTo(2);
    assertThat(SaveLedger.foundIn(List.of("30.2"), trail)).isZero();
  }
}
