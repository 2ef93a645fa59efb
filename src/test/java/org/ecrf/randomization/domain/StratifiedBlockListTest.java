package org.ecrf.randomization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StratifiedBlockListTest {

  private static final RandomizationConfiguration TOPIT =
      RandomizationConfiguration.topit(List.of("POT", "BER"));
  private static final StratifiedBlockList LIST =
      new BlockListGenerator(TOPIT).generate(AllocationSeed.of(99L), 6);
  private static final Stratum CD_POT = TOPIT.stratumFor("CD", "POT");
  private static final Stratum UC_BER = TOPIT.stratumFor("UC", "BER");

  @ParameterizedTest(name = "used {0} -> next {1}")
  @CsvSource({"'', 1", "1, 2", "'1,2,3', 4", "'2,3', 1", "'1,3', 2", "'1,2,3,4,5', 6"})
  void nextSlotIsTheLowestUnusedSequenceNumber(String used, int expected) {
    List<Integer> usedSequences =
        used.isEmpty()
            ? List.of()
            : List.of(used.split(",")).stream().map(Integer::valueOf).toList();
    AllocationSlot next = LIST.nextSlot(CD_POT, usedSequences);
    assertThat(next.sequence()).isEqualTo(expected);
    assertThat(next).isEqualTo(LIST.slotsOf(CD_POT).get(expected - 1));
  }

  @Test
  void allocatingInOrderFollowsTheListExactly() {
    List<Integer> used = new ArrayList<>();
    List<AllocationSlot> allocated = new ArrayList<>();
    for (int i = 0; i < LIST.capacity(UC_BER); i++) {
      AllocationSlot slot = LIST.nextSlot(UC_BER, used);
      used.add(slot.sequence());
      allocated.add(slot);
    }
    assertThat(allocated).isEqualTo(LIST.slotsOf(UC_BER));
  }

  @Test
  void aFullStratumIsAClearError() {
    List<Integer> all = LIST.slotsOf(CD_POT).stream().map(AllocationSlot::sequence).toList();
    assertThatThrownBy(() -> LIST.nextSlot(CD_POT, all))
        .isInstanceOf(StratumFullException.class)
        .hasMessage(
            "Stratum DIAGNOSIS=CD;SITE=POT is full: all "
                + all.size()
                + " slots of the randomisation list are used; the list must be extended");
    assertThat(LIST.nextSlot(UC_BER, List.of()).sequence()).isEqualTo(1);
  }

  @Test
  void rejectsUnknownStrataAndUsedNumbersOutsideTheList() {
    assertThatThrownBy(() -> LIST.nextSlot(Stratum.parse("DIAGNOSIS=CD;SITE=HAM"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Stratum DIAGNOSIS=CD;SITE=HAM is not part of this list");
    assertThatThrownBy(() -> LIST.nextSlot(CD_POT, List.of(0)))
        .hasMessageContaining("Used sequence 0 is not a slot of stratum DIAGNOSIS=CD;SITE=POT");
  }

  @Test
  void rebuildsFromStoredSlotsInAnyOrderWithTheSameFingerprint() {
    List<AllocationSlot> shuffled = new ArrayList<>(LIST.slots());
    Collections.reverse(shuffled);
    StratifiedBlockList rebuilt = StratifiedBlockList.of(TOPIT, ListSource.GENERATED, shuffled);
    assertThat(rebuilt.slots()).isEqualTo(LIST.slots());
    assertThat(rebuilt.fingerprint()).isEqualTo(LIST.fingerprint());
  }

  @Test
  void fingerprintChangesWhenTwoArmsAreSwappedOrTheConfigurationChanges() {
    List<AllocationSlot> slots = new ArrayList<>(LIST.slotsOf(CD_POT));
    int i = 0;
    while (slots.get(i).arm().equals(slots.get(i + 1).arm())
        || slots.get(i).blockNumber() != slots.get(i + 1).blockNumber()) {
      i++;
    }
    AllocationSlot first = slots.get(i);
    AllocationSlot second = slots.get(i + 1);
    slots.set(i, withArm(first, second.arm()));
    slots.set(i + 1, withArm(second, first.arm()));
    List<AllocationSlot> swapped = new ArrayList<>(slots);
    LIST.slots().stream().filter(slot -> !slot.stratum().equals(CD_POT)).forEach(swapped::add);
    StratifiedBlockList changed = StratifiedBlockList.of(TOPIT, ListSource.GENERATED, swapped);
    assertThat(changed.fingerprint()).isNotEqualTo(LIST.fingerprint());

    RandomizationConfiguration withMoreSizes =
        new RandomizationConfiguration(TOPIT.arms(), List.of(2, 4, 6), TOPIT.factors());
    assertThat(
            StratifiedBlockList.of(withMoreSizes, ListSource.GENERATED, LIST.slots()).fingerprint())
        .isNotEqualTo(LIST.fingerprint());
  }

  @Test
  void refusesStoredSlotsThatBreakTheRules() {
    List<AllocationSlot> slots = new ArrayList<>(LIST.slots());
    AllocationSlot removed = slots.remove(0);
    slots.add(new AllocationSlot(removed.stratum(), 1, 1, removed.blockSize(), "PLACEBO"));
    assertThatThrownBy(() -> StratifiedBlockList.of(TOPIT, ListSource.UPLOADED, slots))
        .isInstanceOf(InvalidAllocationListException.class)
        .hasMessageContaining("line " + slots.size() + ", column ARM: arm 'PLACEBO' is unknown");
    assertThatThrownBy(
            () -> StratifiedBlockList.of(TOPIT, ListSource.UPLOADED, LIST.slotsOf(CD_POT)))
        .isInstanceOf(InvalidAllocationListException.class)
        .hasMessageContaining("stratum DIAGNOSIS=UC;SITE=BER has no slots");
  }

  @Test
  void storedStrataWithFactorsInAnotherOrderGetTheConfigurationsKeys() {
    Stratum reordered = Stratum.parse("SITE=POT;DIAGNOSIS=CD");
    List<AllocationSlot> slots =
        LIST.slots().stream()
            .map(
                slot ->
                    slot.stratum().equals(CD_POT)
                        ? new AllocationSlot(
                            reordered,
                            slot.sequence(),
                            slot.blockNumber(),
                            slot.blockSize(),
                            slot.arm())
                        : slot)
            .toList();
    StratifiedBlockList rebuilt = StratifiedBlockList.of(TOPIT, ListSource.GENERATED, slots);
    assertThat(rebuilt.slotsOf(CD_POT).get(0).stratum().key()).isEqualTo("DIAGNOSIS=CD;SITE=POT");
    assertThat(rebuilt.fingerprint()).isEqualTo(LIST.fingerprint());
  }

  @Test
  void neverShowsArmsInItsTextForm() {
    assertThat(LIST.toString())
        .contains(LIST.fingerprint())
        .doesNotContain("TDM")
        .doesNotContain("STANDARD");
  }

  private static AllocationSlot withArm(AllocationSlot slot, String arm) {
    return new AllocationSlot(
        slot.stratum(), slot.sequence(), slot.blockNumber(), slot.blockSize(), arm);
  }
}
