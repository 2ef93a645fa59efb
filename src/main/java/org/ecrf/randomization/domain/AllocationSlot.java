package org.ecrf.randomization.domain;

import java.util.Objects;

/**
 * One line of a randomisation list: the arm for the subject who takes this place in the stratum.
 *
 * @param stratum the stratum the slot belongs to
 * @param sequence the place within the stratum, 1-based and without gaps; allocation takes the
 *     lowest unused one
 * @param blockNumber the permuted block within the stratum, 1-based, in sequence order
 * @param blockSize the size of that block, one of the configured block sizes
 * @param arm the arm code
 */
public record AllocationSlot(
    Stratum stratum, int sequence, int blockNumber, int blockSize, String arm) {

  public AllocationSlot {
    Objects.requireNonNull(stratum, "stratum");
    Objects.requireNonNull(arm, "arm");
    if (sequence < 1 || blockNumber < 1 || blockSize < 1) {
      throw new IllegalArgumentException(
          "Sequence, block number and block size are positive, not "
              + sequence
              + ", "
              + blockNumber
              + ", "
              + blockSize);
    }
  }
}
