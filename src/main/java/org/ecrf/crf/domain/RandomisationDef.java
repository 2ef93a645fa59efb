package org.ecrf.crf.domain;

import java.util.List;

/**
 * How subjects are allocated to the arms (extension element {@code edc:Randomisation}): stratified
 * permuted blocks.
 *
 * @param ratio allocation weights in the order of the study's arms (1:1 is {@code [1, 1]})
 * @param blockSizes block sizes used at random (TOPIT: 2 and 4), each a multiple of the ratio's sum
 * @param stratificationFactors the strata (TOPIT: diagnosis and site); empty for none
 */
public record RandomisationDef(
    List<Integer> ratio,
    List<Integer> blockSizes,
    List<StratificationFactor> stratificationFactors) {

  public RandomisationDef {
    ratio = List.copyOf(ratio);
    blockSizes = List.copyOf(blockSizes);
    stratificationFactors = List.copyOf(stratificationFactors);
  }

  /** The sum of the ratio's weights: the smallest block that keeps the ratio. */
  public int ratioSum() {
    return ratio.stream().mapToInt(Integer::intValue).sum();
  }
}
