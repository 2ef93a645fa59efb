package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The age and sex bands of the PCDAI hematocrit item (Hyams et al., JPGN 1991; spec §2.1 table
 * "Hematocrit band", cross-checked against the UpToDate copy, sophiewell {@code HCT_BANDS} and
 * ibdplexus {@code full_pcdai}). In each band: 0 points from the normal cut-point up, 2.5 points
 * from the lower cut-point up, 5 points below it. The band printed "11-19 y" / "11-14 y" starts
 * after the child band, whose upper age is a parameter ({@link HematocritParameters}).
 */
public enum HematocritBand {
  /** Children up to the child-band age (10 by default), either sex: &ge;33 / 28-32 / &lt;28 %. */
  CHILD("33", "28"),
  /** Girls from the child-band age + 1 to 19 years: &ge;34 / 29-33 / &lt;29 %. */
  GIRL("34", "29"),
  /** Boys from the child-band age + 1 to 14 years: &ge;35 / 30-34 / &lt;30 %. */
  YOUNGER_BOY("35", "30"),
  /** Boys 15-19 years: &ge;37 / 32-36 / &lt;32 %. */
  OLDER_BOY("37", "32");

  /** The oldest age (completed years) the bands cover; the PCDAI is not defined from 20. */
  public static final int OLDEST_AGE = 19;

  private static final int OLDEST_YOUNGER_BOY = 14;

  private final BigDecimal normalFrom;
  private final BigDecimal lowerFrom;

  HematocritBand(String normalFrom, String lowerFrom) {
    this.normalFrom = new BigDecimal(normalFrom);
    this.lowerFrom = new BigDecimal(lowerFrom);
  }

  /** The cut-point from which the hematocrit scores 0 (in %). */
  public BigDecimal normalFrom() {
    return normalFrom;
  }

  /** The cut-point from which the hematocrit scores 2.5 rather than 5 (in %). */
  public BigDecimal lowerFrom() {
    return lowerFrom;
  }

  /**
   * The band of a child of this sex and age.
   *
   * @throws IllegalArgumentException when the age is negative or above {@link #OLDEST_AGE}
   */
  public static HematocritBand of(Sex sex, int ageYears, int childBandMaxAge) {
    Objects.requireNonNull(sex, "sex");
    if (ageYears < 0 || ageYears > OLDEST_AGE) {
      throw new IllegalArgumentException(
          "The PCDAI hematocrit bands cover 0-" + OLDEST_AGE + " years, not " + ageYears);
    }
    if (ageYears <= childBandMaxAge) {
      return CHILD;
    }
    if (sex == Sex.FEMALE) {
      return GIRL;
    }
    return ageYears <= OLDEST_YOUNGER_BOY ? YOUNGER_BOY : OLDER_BOY;
  }

  /**
   * Hematocrit points: 0 when the value meets the normal cut-point under {@code normalComparison},
   * 2.5 when it is at least the lower cut-point, otherwise 5.
   */
  public BigDecimal points(BigDecimal hematocritPercent, Comparison normalComparison) {
    if (normalComparison.holds(hematocritPercent, normalFrom)) {
      return Points.ZERO;
    }
    return hematocritPercent.compareTo(lowerFrom) >= 0 ? Points.of("2.5") : Points.of("5");
  }
}
