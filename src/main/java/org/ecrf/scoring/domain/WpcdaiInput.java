package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The eight wPCDAI items, validated (Turner 2012; spec §2.2). Choice items hold their weighted
 * points; ESR is in mm/h and albumin in g/dL.
 *
 * @param history abdominal pain (0/10/20), well-being (0/10/20), stools (0/7.5/15)
 * @param laboratory ESR and albumin values
 * @param examination weight (0/5/10), perianal disease (0/7.5/15), extra-intestinal manifestations
 *     (0/10)
 */
public record WpcdaiInput(History history, Laboratory laboratory, Examination examination) {

  public WpcdaiInput {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(laboratory, "laboratory");
    Objects.requireNonNull(examination, "examination");
  }

  /** The 1-week-recall history items, as points. */
  public record History(BigDecimal abdominalPain, BigDecimal wellBeing, BigDecimal stools) {
    public History {
      Objects.requireNonNull(abdominalPain, "abdominalPain");
      Objects.requireNonNull(wellBeing, "wellBeing");
      Objects.requireNonNull(stools, "stools");
    }
  }

  /** ESR in mm/h, albumin in g/dL. */
  public record Laboratory(BigDecimal esrMmPerHour, BigDecimal albuminGramsPerDecilitre) {
    public Laboratory {
      Objects.requireNonNull(esrMmPerHour, "esrMmPerHour");
      Objects.requireNonNull(albuminGramsPerDecilitre, "albuminGramsPerDecilitre");
    }
  }

  /** The examination items, as points. */
  public record Examination(BigDecimal weight, BigDecimal perianal, BigDecimal extraIntestinal) {
    public Examination {
      Objects.requireNonNull(weight, "weight");
      Objects.requireNonNull(perianal, "perianal");
      Objects.requireNonNull(extraIntestinal, "extraIntestinal");
    }
  }
}
