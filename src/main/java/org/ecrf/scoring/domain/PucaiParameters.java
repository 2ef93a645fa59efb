package org.ecrf.scoring.domain;

import java.util.Objects;

/**
 * The protocol choices of the PUCAI (Turner et al., Gastroenterology 2007;133:423; spec §2.4).
 * Defaults: remission &lt;10, mild 10-34, moderate 35-64, severe &ge;65, response a drop &ge;20.
 *
 * @param remission remission when the total meets it. Default {@code < 10} (Turner 2007, ADC,
 *     UpToDate [V]).
 * @param moderate moderate (unless severe) when the total meets it. Default {@code >= 35} [V].
 * @param severe severe when the total meets it. Default {@code >= 65}, as in ADC, UpToDate and the
 *     Paris "S1 = PUCAI &ge;65". Alternative: {@code > 65}, printed in the ep.bmj reproduction's
 *     header [D], which makes 65 moderate.
 * @param response clinical response when the drop from baseline meets it. Default {@code >= 20}
 *     (spec §2.4 [S]). Alternative: {@code > 20}, or another minimal clinically important
 *     difference the protocol names.
 */
public record PucaiParameters(
    Threshold remission, Threshold moderate, Threshold severe, Threshold response) {

  public PucaiParameters {
    Objects.requireNonNull(remission, "remission");
    Objects.requireNonNull(moderate, "moderate");
    Objects.requireNonNull(severe, "severe");
    Objects.requireNonNull(response, "response");
  }

  /** The spec's proposals. */
  public static PucaiParameters defaults() {
    return new PucaiParameters(
        Threshold.below("10"),
        Threshold.atLeast("35"),
        Threshold.atLeast("65"),
        Threshold.atLeast("20"));
  }

  public PucaiParameters withSevere(Threshold newSevere) {
    return new PucaiParameters(remission, moderate, newSevere, response);
  }

  public PucaiParameters withResponse(Threshold newResponse) {
    return new PucaiParameters(remission, moderate, severe, newResponse);
  }

  public PucaiParameters withRemission(Threshold newRemission) {
    return new PucaiParameters(newRemission, moderate, severe, response);
  }

  public PucaiParameters withModerate(Threshold newModerate) {
    return new PucaiParameters(remission, newModerate, severe, response);
  }
}
