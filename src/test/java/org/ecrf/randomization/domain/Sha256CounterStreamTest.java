package org.ecrf.randomization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Sha256CounterStreamTest {

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 7})
  void drawsEveryValueBelowTheBoundAboutEquallyOften(int bound) {
    Sha256CounterStream stream = new Sha256CounterStream(AllocationSeed.of(1L), "label");
    int draws = 7000 * bound;
    int[] counts = new int[bound];
    for (int i = 0; i < draws; i++) {
      counts[stream.nextInt(bound)]++;
    }
    for (int count : counts) {
      assertThat(count).isBetween(6600, 7400);
    }
  }

  @Test
  void sameSeedAndLabelGiveTheSameNumbersAndAnotherLabelOthers() {
    Sha256CounterStream first = new Sha256CounterStream(AllocationSeed.of(5L), "A");
    Sha256CounterStream second = new Sha256CounterStream(AllocationSeed.of(5L), "A");
    Sha256CounterStream other = new Sha256CounterStream(AllocationSeed.of(5L), "B");
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    StringBuilder c = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      a.append(first.nextInt(1000)).append(' ');
      b.append(second.nextInt(1000)).append(' ');
      c.append(other.nextInt(1000)).append(' ');
    }
    assertThat(b.toString()).isEqualTo(a.toString());
    assertThat(c.toString()).isNotEqualTo(a.toString());
  }

  @Test
  void boundOfOneAlwaysGivesZeroAndANonPositiveBoundIsRejected() {
    Sha256CounterStream stream = new Sha256CounterStream(AllocationSeed.of(5L), "A");
    assertThat(stream.nextInt(1)).isZero();
    assertThatThrownBy(() -> stream.nextInt(0)).hasMessage("The bound must be positive, not 0");
  }
}
