package org.ecrf.scoring.domain;

/**
 * Activity bands of an integer score by their inclusive upper ends: remission 0..remissionMax, mild
 * ..mildMax, moderate ..moderateMax, severe above. Used by SES-CD, UCEIS and the full Mayo score,
 * whose totals are whole numbers.
 *
 * @param remissionMax highest total in remission
 * @param mildMax highest total that is mild
 * @param moderateMax highest total that is moderate; set it to the index maximum for a source
 *     without a severe band
 */
public record CategoryBands(int remissionMax, int mildMax, int moderateMax) {

  public CategoryBands {
    if (remissionMax < 0 || mildMax <= remissionMax || moderateMax <= mildMax) {
      throw new IllegalArgumentException(
          "Category bands must rise: remission <= "
              + remissionMax
              + ", mild <= "
              + mildMax
              + ", moderate <= "
              + moderateMax);
    }
  }

  /** The category of a total. */
  public ActivityCategory categoryOf(int total) {
    if (total <= remissionMax) {
      return ActivityCategory.REMISSION;
    }
    if (total <= mildMax) {
      return ActivityCategory.MILD;
    }
    return total <= moderateMax ? ActivityCategory.MODERATE : ActivityCategory.SEVERE;
  }
}
