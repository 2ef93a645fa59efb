package org.ecrf.randomization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockListGeneratorTest {

  private static final RandomizationConfiguration TOPIT =
      RandomizationConfiguration.topit(List.of("POT", "BER", "HAM"));
  private static final RandomizationConfiguration TWO_TO_ONE =
      new RandomizationConfiguration(
          List.of(new Arm("TDM", 2), Arm.of("STANDARD")),
          List.of(3, 6),
          List.of(FactorLevels.of("DIAGNOSIS", "CD", "UC")));
  private static final AllocationSeed SEED = AllocationSeed.of(20150817L);

  @Test
  void everyBlockIsBalancedToTheRatio() {
    for (RandomizationConfiguration configuration : List.of(TOPIT, TWO_TO_ONE)) {
      StratifiedBlockList list = new BlockListGenerator(configuration).generate(SEED, 200);
      Map<String, List<AllocationSlot>> blocks =
          list.slots().stream()
              .collect(
                  Collectors.groupingBy(slot -> slot.stratum().key() + "#" + slot.blockNumber()));
      assertThat(blocks).isNotEmpty();
      blocks.forEach(
          (block, slots) -> {
            int size = slots.get(0).blockSize();
            assertThat(slots).as(block).hasSize(size).allMatch(slot -> slot.blockSize() == size);
            for (Arm arm : configuration.arms()) {
              assertThat(slots.stream().filter(slot -> slot.arm().equals(arm.code())).count())
                  .as(block + " " + arm.code())
                  .isEqualTo(configuration.slotsPerBlock(arm, size));
            }
          });
    }
  }

  @Test
  void armsAreBalancedAtEveryBlockEndAndNeverFurtherApartThanHalfTheLargestBlock() {
    StratifiedBlockList list = new BlockListGenerator(TOPIT).generate(SEED, 300);
    for (Stratum stratum : TOPIT.strata()) {
      List<AllocationSlot> slots = list.slotsOf(stratum);
      int difference = 0;
      for (int i = 0; i < slots.size(); i++) {
        difference += slots.get(i).arm().equals("TDM") ? 1 : -1;
        assertThat(Math.abs(difference)).isLessThanOrEqualTo(2);
        boolean blockEnd =
            i == slots.size() - 1 || slots.get(i + 1).blockNumber() != slots.get(i).blockNumber();
        if (blockEnd) {
          assertThat(difference).as(stratum + " after slot " + (i + 1)).isZero();
        }
      }
    }
  }

  @Test
  void blockSizesComeOnlyFromTheConfiguredSetAndAllOfThemOccur() {
    StratifiedBlockList list = new BlockListGenerator(TOPIT).generate(SEED, 400);
    Map<Integer, Long> blocksBySize =
        list.slots().stream()
            .collect(
                Collectors.groupingBy(
                    AllocationSlot::blockSize,
                    Collectors.mapping(
                        slot -> slot.stratum().key() + "#" + slot.blockNumber(),
                        Collectors.collectingAndThen(
                            Collectors.toSet(), set -> (long) set.size()))));
    assertThat(blocksBySize.keySet()).containsExactlyInAnyOrder(2, 4);
    assertThat(blocksBySize.get(2)).isGreaterThan(100);
    assertThat(blocksBySize.get(4)).isGreaterThan(100);
  }

  @Test
  void sequencesAndBlockNumbersRunFromOneWithoutGaps() {
    StratifiedBlockList list = new BlockListGenerator(TOPIT).generate(SEED, 25);
    for (Stratum stratum : TOPIT.strata()) {
      List<AllocationSlot> slots = list.slotsOf(stratum);
      for (int i = 0; i < slots.size(); i++) {
        assertThat(slots.get(i).sequence()).isEqualTo(i + 1);
      }
      assertThat(slots.get(0).blockNumber()).isEqualTo(1);
      assertThat(slots.get(slots.size() - 1).blockNumber())
          .isEqualTo(slots.stream().mapToInt(AllocationSlot::blockNumber).distinct().count());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 24, 25})
  void givesAtLeastTheRequestedSlotsInWholeBlocks(int requested) {
    StratifiedBlockList list = new BlockListGenerator(TOPIT).generate(SEED, requested);
    for (Stratum stratum : TOPIT.strata()) {
      int capacity = list.capacity(stratum);
      assertThat(capacity).isBetween(requested, requested + 3);
      AllocationSlot last = list.slotsOf(stratum).get(capacity - 1);
      long inLastBlock =
          list.slotsOf(stratum).stream()
              .filter(slot -> slot.blockNumber() == last.blockNumber())
              .count();
      assertThat(inLastBlock).isEqualTo(last.blockSize());
    }
  }

  @Test
  void sameSeedAndConfigurationGiveTheIdenticalList() {
    StratifiedBlockList first = new BlockListGenerator(TOPIT).generate(SEED, 50);
    StratifiedBlockList second =
        new BlockListGenerator(RandomizationConfiguration.topit(List.of("POT", "BER", "HAM")))
            .generate(AllocationSeed.of(20150817L), 50);
    assertThat(second.slots()).isEqualTo(first.slots());
    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
  }

  @Test
  void aDifferentSeedGivesADifferentList() {
    StratifiedBlockList first = new BlockListGenerator(TOPIT).generate(SEED, 50);
    StratifiedBlockList other =
        new BlockListGenerator(TOPIT).generate(AllocationSeed.of(20150818L), 50);
    for (Stratum stratum : TOPIT.strata()) {
      assertThat(arms(other.slotsOf(stratum))).isNotEqualTo(arms(first.slotsOf(stratum)));
    }
    assertThat(other.fingerprint()).isNotEqualTo(first.fingerprint());
  }

  /**
   * Pins the algorithm: these values were computed by an independent implementation of the
   * documented algorithm ({@code src/test/resources/randomization/reference_generator.py}, Python
   * hashlib) and must never change, on any JVM. If this test fails, lists generated earlier could
   * no longer be reproduced from their seed.
   */
  @Test
  void reproducesTheReferenceListForAFixedSeed() {
    StratifiedBlockList list =
        new BlockListGenerator(RandomizationConfiguration.topit(List.of("POT")))
            .generate(AllocationSeed.of(42L), 8);
    Stratum cdPot = TOPIT.stratumFor("CD", "POT");
    assertThat(arms(list.slotsOf(cdPot))).isEqualTo(GOLDEN_CD_POT);
    assertThat(list.fingerprint()).isEqualTo(GOLDEN_FINGERPRINT);
  }

  /** First letters of the arms of stratum CD/POT, seed 42, 8 slots. */
  private static final String GOLDEN_CD_POT = "STSTTSST";

  private static final String GOLDEN_FINGERPRINT =
      "1e007c769f72e5cc2a8b2fbd2541cb8354b580461166bd7096eb4bb843b8d913";

  @Test
  void strataAreIndependentOfEachOthersSlotCountsAndOfOtherSites() {
    Map<Stratum, Integer> counts = new HashMap<>();
    TOPIT.strata().forEach(stratum -> counts.put(stratum, 20));
    StratifiedBlockList base = new BlockListGenerator(TOPIT).generate(SEED, counts);
    Stratum cdPot = TOPIT.stratumFor("CD", "POT");
    Stratum ucBer = TOPIT.stratumFor("UC", "BER");
    counts.put(cdPot, 80);
    StratifiedBlockList longer = new BlockListGenerator(TOPIT).generate(SEED, counts);
    assertThat(longer.slotsOf(ucBer)).isEqualTo(base.slotsOf(ucBer));

    StratifiedBlockList fewerSites =
        new BlockListGenerator(RandomizationConfiguration.topit(List.of("BER"))).generate(SEED, 20);
    assertThat(fewerSites.slotsOf(ucBer)).isEqualTo(base.slotsOf(ucBer));
  }

  @Test
  void strataDrawDifferentSequencesFromTheSameSeed() {
    StratifiedBlockList list = new BlockListGenerator(TOPIT).generate(SEED, 40);
    assertThat(arms(list.slotsOf(TOPIT.stratumFor("CD", "POT"))))
        .isNotEqualTo(arms(list.slotsOf(TOPIT.stratumFor("UC", "POT"))));
  }

  @Test
  void askingForMoreSlotsOnlyAppendsBlocks() {
    Stratum cdPot = TOPIT.stratumFor("CD", "POT");
    List<AllocationSlot> shorter = new BlockListGenerator(TOPIT).generate(SEED, 10).slotsOf(cdPot);
    List<AllocationSlot> longer = new BlockListGenerator(TOPIT).generate(SEED, 60).slotsOf(cdPot);
    assertThat(longer.subList(0, shorter.size())).isEqualTo(shorter);
  }

  @Test
  void marksTheListAsGenerated() {
    assertThat(new BlockListGenerator(TOPIT).generate(SEED, 2).source())
        .isEqualTo(ListSource.GENERATED);
  }

  @Test
  void rejectsMissingUnknownOrOutOfRangeSlotCounts() {
    BlockListGenerator generator = new BlockListGenerator(TOPIT);
    assertThatThrownBy(() -> generator.generate(SEED, 0))
        .hasMessageContaining("needs a slot count from 1 to 100000, not 0");
    assertThatThrownBy(() -> generator.generate(SEED, Map.of(TOPIT.stratumFor("CD", "POT"), 4)))
        .hasMessageContaining("Stratum DIAGNOSIS=CD;SITE=BER needs a slot count")
        .hasMessageContaining("not null");
    assertThatThrownBy(() -> generator.generate(SEED, Map.of(Stratum.parse("SITE=POT"), 4)))
        .hasMessage("Stratum SITE=POT is not in the configuration");
  }

  private static String arms(List<AllocationSlot> slots) {
    return slots.stream().map(slot -> slot.arm().substring(0, 1)).collect(Collectors.joining());
  }
}
