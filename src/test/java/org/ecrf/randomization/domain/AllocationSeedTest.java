package org.ecrf.randomization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AllocationSeedTest {

  @Test
  void aNumberIsItsEightBigEndianBytes() {
    assertThat(AllocationSeed.of(0x0102030405060708L))
        .isEqualTo(AllocationSeed.ofBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
        .isEqualTo(AllocationSeed.ofHex("0102030405060708"));
  }

  @Test
  void neverShowsTheSeed() {
    assertThat(AllocationSeed.ofHex("00112233445566778899"))
        .hasToString("AllocationSeed[10 bytes, hidden]");
  }

  @Test
  void keepsItsOwnCopyOfTheBytes() {
    byte[] bytes = {1, 2, 3, 4, 5, 6, 7, 8};
    AllocationSeed seed = AllocationSeed.ofBytes(bytes);
    bytes[0] = 9;
    seed.bytes()[1] = 9;
    assertThat(seed.bytes()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void rejectsSeedsShorterThanEightBytesOrLongerThan1024() {
    assertThatThrownBy(() -> AllocationSeed.ofBytes(new byte[7]))
        .hasMessage("A seed has 8 to 1024 bytes, this one has 7");
    assertThatThrownBy(() -> AllocationSeed.ofBytes(new byte[1025]))
        .hasMessage("A seed has 8 to 1024 bytes, this one has 1025");
    assertThat(AllocationSeed.ofBytes(new byte[1024]).bytes()).hasSize(1024);
  }

  @Test
  void rejectsTextThatIsNotHex() {
    assertThatThrownBy(() -> AllocationSeed.ofHex("secret-seed-1234"))
        .hasMessageContaining("hexadecimal");
  }
}
