package org.ecrf.scoring.domain;

import java.util.Objects;

/**
 * The protocol choices of the PCDAI (Hyams et al., JPGN 1991;12:439; interpretation Turner et al.,
 * JPGN 2010; spec §2.1). Defaults follow Turner 2010, the interpretation most cited in trials:
 * remission &lt;10, mild 10-27.5, moderate 30-37.5, severe &ge;40, response a drop &gt;12.5.
 *
 * @param remission remission when the total meets it. Default {@code < 10} (Turner 2010, Hyams
 *     2005, ibdplexus, mdapp). Alternative {@code <= 10}, the ECCO-ESPGHAN 2026 remission target
 *     (via a secondary summary), which makes 10 remission.
 * @param moderate moderate (unless severe) when the total meets it. Default {@code >= 30} (Turner
 *     2010: mild 10-27.5, moderate 30-37.5; with 2.5-point steps 27.5 is mild and 30 moderate).
 *     Alternative {@code > 30} (ibdplexus: mild 10-30, "&gt;30" moderate/severe).
 * @param severe severe when the total meets it. Default {@code >= 40} (Turner 2010). Hyams 2005 and
 *     ibdplexus have a single "moderate-to-severe" band; express that with a threshold no total
 *     reaches ({@code > 100}). The band set "27.5-37.5 moderate, &gt;37.5 severe" is an error and
 *     must not be configured.
 * @param response response when the drop from baseline meets it. Default {@code > 12.5} (Turner
 *     2010; Otley 1999 minimal important change 12.5). Alternative {@code >= 12.5} (other copies of
 *     Turner 2010; ECCO-ESPGHAN 2026 "decrease &ge;12.5").
 * @param hematocrit the hematocrit band choices
 */
public record PcdaiParameters(
    Threshold remission,
    Threshold moderate,
    Threshold severe,
    Threshold response,
    HematocritParameters hematocrit) {

  public PcdaiParameters {
    Objects.requireNonNull(remission, "remission");
    Objects.requireNonNull(moderate, "moderate");
    Objects.requireNonNull(severe, "severe");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(hematocrit, "hematocrit");
  }

  /** The spec's proposals. */
  public static PcdaiParameters defaults() {
    return new PcdaiParameters(
        Threshold.below("10"),
        Threshold.atLeast("30"),
        Threshold.atLeast("40"),
        Threshold.above("12.5"),
        HematocritParameters.defaults());
  }

  public PcdaiParameters withRemission(Threshold newRemission) {
    return new PcdaiParameters(newRemission, moderate, severe, response, hematocrit);
  }

  public PcdaiParameters withModerate(Threshold newModerate) {
    return new PcdaiParameters(remission, newModerate, severe, response, hematocrit);
  }

  public PcdaiParameters withSevere(Threshold newSevere) {
    return new PcdaiParameters(remission, moderate, newSevere, response, hematocrit);
  }

  public PcdaiParameters withResponse(Threshold newResponse) {
    return new PcdaiParameters(remission, moderate, severe, newResponse, hematocrit);
  }

  public PcdaiParameters withHematocrit(HematocritParameters newHematocrit) {
    return new PcdaiParameters(remission, moderate, severe, response, newHematocrit);
  }
}
