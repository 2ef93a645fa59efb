package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The eleven PCDAI items, validated and grouped as Hyams 1991 groups them (history, laboratory,
 * examination), with the sex and age that select the hematocrit band. Choice items hold their
 * points (0, 5 or 10); laboratory values are in the units of the cut-points.
 *
 * @param history the 1-week-recall history items
 * @param laboratory hematocrit, ESR and albumin
 * @param examination weight, height, abdomen, perirectal disease, extra-intestinal manifestations
 * @param sex the subject's sex
 * @param ageYears age at assessment in completed years (0-19)
 */
public record PcdaiInput(
    History history, Laboratory laboratory, Examination examination, Sex sex, int ageYears) {

  public PcdaiInput {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(laboratory, "laboratory");
    Objects.requireNonNull(examination, "examination");
    Objects.requireNonNull(sex, "sex");
    if (ageYears < 0 || ageYears > HematocritBand.OLDEST_AGE) {
      throw new IllegalArgumentException("The PCDAI covers ages 0-19, not " + ageYears);
    }
  }

  /** Abdominal pain, stools per day, general well-being: points 0, 5 or 10 each. */
  public record History(BigDecimal abdominalPain, BigDecimal stools, BigDecimal wellBeing) {
    public History {
      Objects.requireNonNull(abdominalPain, "abdominalPain");
      Objects.requireNonNull(stools, "stools");
      Objects.requireNonNull(wellBeing, "wellBeing");
    }
  }

  /** Hematocrit in %, ESR in mm/h, albumin in g/dL. */
  public record Laboratory(
      BigDecimal hematocritPercent, BigDecimal esrMmPerHour, BigDecimal albuminGramsPerDecilitre) {
    public Laboratory {
      Objects.requireNonNull(hematocritPercent, "hematocritPercent");
      Objects.requireNonNull(esrMmPerHour, "esrMmPerHour");
      Objects.requireNonNull(albuminGramsPerDecilitre, "albuminGramsPerDecilitre");
    }
  }

  /** Weight, height (at diagnosis or velocity), abdomen, perirectal disease, EIM: 0, 5 or 10. */
  public record Examination(
      BigDecimal weight,
      BigDecimal height,
      BigDecimal abdomen,
      BigDecimal perirectal,
      BigDecimal extraIntestinal) {
    public Examination {
      Objects.requireNonNull(weight, "weight");
      Objects.requireNonNull(height, "height");
      Objects.requireNonNull(abdomen, "abdomen");
      Objects.requireNonNull(perirectal, "perirectal");
      Objects.requireNonNull(extraIntestinal, "extraIntestinal");
    }
  }
}
