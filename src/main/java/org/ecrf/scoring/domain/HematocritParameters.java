package org.ecrf.scoring.domain;

import java.util.Objects;

/**
 * The two disputed details of the PCDAI hematocrit bands (spec §2.1 [D]; open question §5.4).
 *
 * @param childBandMaxAge the oldest age, in completed years, scored in the child band. Default
 *     {@code 10}: the printed bands are "&lt;10" and "11-19", so age 10 falls in none; sophiewell
 *     ("10 years or younger") and ibdplexus ("&le;10") put it in the child band. Alternative {@code
 *     9} reads "&lt;10" literally and scores a 10-year-old in the girls' or younger boys' band.
 * @param childNormalComparison how the child band's 0-point cut-point of 33 % is compared. Default
 *     {@link Comparison#AT_LEAST} (&ge;33, sophiewell and ibdplexus; also the form the other bands
 *     are printed in). Alternative {@link Comparison#ABOVE}: the UpToDate-derived and blog copies
 *     print "&gt;33", which leaves 33 unscored there; under it, 33 % scores 2.5. The 2.5-point
 *     cut-points are "&ge;" in every source.
 */
public record HematocritParameters(int childBandMaxAge, Comparison childNormalComparison) {

  public HematocritParameters {
    if (childBandMaxAge < 0 || childBandMaxAge > HematocritBand.OLDEST_AGE) {
      throw new IllegalArgumentException(
          "The child hematocrit band must end between 0 and "
              + HematocritBand.OLDEST_AGE
              + " years: "
              + childBandMaxAge);
    }
    Objects.requireNonNull(childNormalComparison, "childNormalComparison");
    if (childNormalComparison != Comparison.AT_LEAST && childNormalComparison != Comparison.ABOVE) {
      throw new IllegalArgumentException(
          "The normal hematocrit cut-point is a lower bound (>= or >): " + childNormalComparison);
    }
  }

  /** The spec's proposal: age 10 in the child band, every cut-point "&ge;". */
  public static HematocritParameters defaults() {
    return new HematocritParameters(10, Comparison.AT_LEAST);
  }
}
