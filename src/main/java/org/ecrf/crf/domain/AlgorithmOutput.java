package org.ecrf.crf.domain;

/**
 * One result of a Java algorithm that a derived item receives (extension attributes edc:Algorithm
 * and edc:Output on MethodDef), e.g. the {@code category} of {@code PCDAI/1}.
 *
 * @param algorithm the algorithm and its version
 * @param output which of its results, e.g. total, category, segment.ILEUM, code, dose_mgkg
 */
public record AlgorithmOutput(AlgorithmReference algorithm, String output) {

  /** Written {@code NAME/VERSION:output}, the form {@link KnownAlgorithms} is asked about. */
  public String key() {
    return algorithm + ":" + output;
  }

  @Override
  public String toString() {
    return key();
  }
}
