package org.ecrf.scoring.domain;

import java.util.Objects;

/**
 * The protocol choices of the weighted PCDAI (Turner et al., Inflamm Bowel Dis 2012;18:55-62; spec
 * §2.2). Defaults: remission &lt;12.5, mild 12.5-40, moderate &gt;40-57.5, severe &gt;57.5, ESR
 * &lt;20 / 20-50 / &gt;50, response a drop &ge;17.5.
 *
 * @param remission remission when the total meets it. Default {@code < 12.5} [V].
 * @param moderate moderate (unless severe) when the total meets it. Default {@code > 40}: the ADC
 *     table prints "mild 12.5-40; moderate 40-57.5", so 40 is in both; ibdplexus and TISKids
 *     ("wPCDAI &gt;40" = moderate-to-severe) put 40 in mild. Alternative {@code >= 40} makes 40
 *     moderate.
 * @param severe severe when the total meets it. Default {@code > 57.5} (57.5 is moderate, spec
 *     proposal). Alternative {@code >= 57.5} makes 57.5 severe.
 * @param response response when the drop from baseline meets it. Default {@code >= 17.5}, widely
 *     used but no primary source found (spec §2.2 [U]; open question §5.5). Alternative {@code >
 *     17.5} or another value the protocol names.
 * @param esrBands the ESR cut-points (7.5 points for the middle band, 15 for the high band).
 *     Default {@link LabBands#ESR}: &lt;20 / 20-50 / &gt;50, the parent PCDAI's cut-points (spec
 *     proposal). Alternatives: ibdplexus {@code R/wcpdai.R} codes 20 to &lt;50 / &ge;50 (high
 *     {@code >= 50}, so 50 scores 15); the ADC reproduction prints "&le;20 / 20-50 / &ge;50", which
 *     overlaps at both ends.
 */
public record WpcdaiParameters(
    Threshold remission,
    Threshold moderate,
    Threshold severe,
    Threshold response,
    LabBands esrBands) {

  public WpcdaiParameters {
    Objects.requireNonNull(remission, "remission");
    Objects.requireNonNull(moderate, "moderate");
    Objects.requireNonNull(severe, "severe");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(esrBands, "esrBands");
  }

  /** The spec's proposals. */
  public static WpcdaiParameters defaults() {
    return new WpcdaiParameters(
        Threshold.below("12.5"),
        Threshold.above("40"),
        Threshold.above("57.5"),
        Threshold.atLeast("17.5"),
        LabBands.ESR);
  }

  public WpcdaiParameters withRemission(Threshold newRemission) {
    return new WpcdaiParameters(newRemission, moderate, severe, response, esrBands);
  }

  public WpcdaiParameters withModerate(Threshold newModerate) {
    return new WpcdaiParameters(remission, newModerate, severe, response, esrBands);
  }

  public WpcdaiParameters withSevere(Threshold newSevere) {
    return new WpcdaiParameters(remission, moderate, newSevere, response, esrBands);
  }

  public WpcdaiParameters withResponse(Threshold newResponse) {
    return new WpcdaiParameters(remission, moderate, severe, newResponse, esrBands);
  }

  public WpcdaiParameters withEsrBands(LabBands newEsrBands) {
    return new WpcdaiParameters(remission, moderate, severe, response, newEsrBands);
  }
}
