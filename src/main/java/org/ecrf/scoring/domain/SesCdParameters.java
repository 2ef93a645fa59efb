package org.ecrf.scoring.domain;

import java.util.Objects;

/**
 * The protocol choices of the SES-CD (Daperno 2004; spec §2.5; open question §5.6).
 *
 * @param unexploredSegments what a segment recorded as not explored does to the score. Default
 *     {@link UnexploredSegmentRule#SCORE_EXPLORED}: the total is the sum over the explored segments
 *     and the result names the unexplored ones (CDISC SES-CD v1 scores only explored segments).
 *     Alternative {@link UnexploredSegmentRule#INCOMPLETE}: any unexplored segment makes the score
 *     incomplete. The spec leaves this to the protocol.
 * @param commonMaximum a total above it is flagged for a data query. Default {@code 56}, the
 *     commonly cited maximum (spec §2.5 [U]); the plain sum can reach 60. Alternative {@code 60}
 *     never flags.
 * @param categories activity bands. Default 0-2 remission, 3-6 mild, 7-15 moderate, &ge;16 severe
 *     (ibdplexus {@code R/score_calculations.R}, spec §2.5 [S]); not standardized, most studies
 *     call &lt;3 inactive (Koutroumpakis 2016).
 */
public record SesCdParameters(
    UnexploredSegmentRule unexploredSegments, int commonMaximum, CategoryBands categories) {

  /** The highest plain sum: 5 segments &times; 4 variables &times; 3 points. */
  public static final int PLAIN_MAXIMUM = 60;

  /** How unexplored segments count. */
  public enum UnexploredSegmentRule {
    /** Score the explored segments; name the unexplored ones in the result. */
    SCORE_EXPLORED,
    /** Any unexplored segment makes the score incomplete. */
    INCOMPLETE
  }

  public SesCdParameters {
    Objects.requireNonNull(unexploredSegments, "unexploredSegments");
    if (commonMaximum < 0 || commonMaximum > PLAIN_MAXIMUM) {
      throw new IllegalArgumentException(
          "The SES-CD query threshold must lie in 0-" + PLAIN_MAXIMUM + ": " + commonMaximum);
    }
    Objects.requireNonNull(categories, "categories");
  }

  /** The spec's proposals. */
  public static SesCdParameters defaults() {
    return new SesCdParameters(
        UnexploredSegmentRule.SCORE_EXPLORED, 56, new CategoryBands(2, 6, 15));
  }

  public SesCdParameters withUnexploredSegments(UnexploredSegmentRule rule) {
    return new SesCdParameters(rule, commonMaximum, categories);
  }

  public SesCdParameters withCommonMaximum(int newCommonMaximum) {
    return new SesCdParameters(unexploredSegments, newCommonMaximum, categories);
  }

  public SesCdParameters withCategories(CategoryBands newCategories) {
    return new SesCdParameters(unexploredSegments, commonMaximum, newCategories);
  }
}
