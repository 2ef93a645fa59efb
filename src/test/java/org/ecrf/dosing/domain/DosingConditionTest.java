package org.ecrf.dosing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DosingConditionTest {

  @ParameterizedTest(name = "{0}, undetectable {1}, ATI+ {2}, at min interval {3}: {4}")
  @CsvFileSource(resources = "/dosing/condition-truth-table.csv", numLinesToSkip = 1)
  void holdsExactlyAsDocumented(
      TroughPosition position,
      boolean undetectable,
      boolean antibodiesPositive,
      boolean atMinimumInterval,
      String holding) {
    TroughFindings findings =
        new TroughFindings(position, undetectable, antibodiesPositive, atMinimumInterval);

    Set<DosingCondition> actual = EnumSet.noneOf(DosingCondition.class);
    for (DosingCondition condition : DosingCondition.values()) {
      if (condition.holdsFor(findings)) {
        actual.add(condition);
      }
    }

    Set<DosingCondition> expected = EnumSet.noneOf(DosingCondition.class);
    Arrays.stream(holding.split("\\s+")).map(DosingCondition::valueOf).forEach(expected::add);
    assertThat(actual).isEqualTo(expected);
  }
}
