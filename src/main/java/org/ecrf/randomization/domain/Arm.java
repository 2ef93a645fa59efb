package org.ecrf.randomization.domain;

import java.util.Objects;

/**
 * An arm subjects are allocated to, with its weight in the allocation ratio (1:1 gives each arm
 * weight 1; 2:1 gives the first arm weight 2).
 *
 * @param code the arm code stored with each allocation and exported as SDTM DM.ARMCD (TOPIT: {@code
 *     TDM} or {@code STANDARD})
 * @param weight the arm's share of every block, at least 1
 */
public record Arm(String code, int weight) {

  public Arm {
    Objects.requireNonNull(code, "arm code");
  }

  /** An arm with weight 1. */
  public static Arm of(String code) {
    return new Arm(code, 1);
  }
}
