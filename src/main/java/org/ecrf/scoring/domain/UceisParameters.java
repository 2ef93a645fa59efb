package org.ecrf.scoring.domain;

import java.util.Objects;

/**
 * The protocol choices of the UCEIS (Travis et al., Gut 2012;61:535-542; spec §2.7).
 *
 * @param categories activity bands of the 0-based total (0-8). Default 0-1 remission, 2-4 mild, 5-6
 *     moderate, 7-8 severe (mdapp; not universally agreed [S]). Alternative (cliot): remission
 *     &le;1 and "&gt;4" moderate-to-severe without a severe band, i.e. bands (1, 4, 8).
 */
public record UceisParameters(CategoryBands categories) {

  public UceisParameters {
    Objects.requireNonNull(categories, "categories");
  }

  /** The spec's bands. */
  public static UceisParameters defaults() {
    return new UceisParameters(new CategoryBands(1, 4, 6));
  }
}
