package org.ecrf.scoring.domain;

import java.util.Objects;

/**
 * Every protocol choice of the scores in one place: the points where the sources disagree (spec §2,
 * marked [D]) or where the spec leaves the decision to the protocol (§5). Defaults are the spec's
 * proposals; a study configures its own values once the TOPIT protocol settles them.
 *
 * @param pcdai PCDAI categories, response and hematocrit bands
 * @param wpcdai wPCDAI categories, response and ESR cut-points
 * @param pucai PUCAI categories and response
 * @param sesCd SES-CD unexplored segments, query threshold and categories
 * @param uceis UCEIS categories
 */
public record ScoringParameters(
    PcdaiParameters pcdai,
    WpcdaiParameters wpcdai,
    PucaiParameters pucai,
    SesCdParameters sesCd,
    UceisParameters uceis) {

  public ScoringParameters {
    Objects.requireNonNull(pcdai, "pcdai");
    Objects.requireNonNull(wpcdai, "wpcdai");
    Objects.requireNonNull(pucai, "pucai");
    Objects.requireNonNull(sesCd, "sesCd");
    Objects.requireNonNull(uceis, "uceis");
  }

  /** The spec's proposals for every index. */
  public static ScoringParameters defaults() {
    return new ScoringParameters(
        PcdaiParameters.defaults(),
        WpcdaiParameters.defaults(),
        PucaiParameters.defaults(),
        SesCdParameters.defaults(),
        UceisParameters.defaults());
  }

  public ScoringParameters withPcdai(PcdaiParameters newPcdai) {
    return new ScoringParameters(newPcdai, wpcdai, pucai, sesCd, uceis);
  }

  public ScoringParameters withWpcdai(WpcdaiParameters newWpcdai) {
    return new ScoringParameters(pcdai, newWpcdai, pucai, sesCd, uceis);
  }

  public ScoringParameters withPucai(PucaiParameters newPucai) {
    return new ScoringParameters(pcdai, wpcdai, newPucai, sesCd, uceis);
  }

  public ScoringParameters withSesCd(SesCdParameters newSesCd) {
    return new ScoringParameters(pcdai, wpcdai, pucai, newSesCd, uceis);
  }

  public ScoringParameters withUceis(UceisParameters newUceis) {
    return new ScoringParameters(pcdai, wpcdai, pucai, sesCd, newUceis);
  }
}
