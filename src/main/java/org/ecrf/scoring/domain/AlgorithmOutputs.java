package org.ecrf.scoring.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The named outputs of the algorithms whose results have more than a total and a category (SES-CD,
 * Mayo, Paris), as {@link ScoreAlgorithms} registers them.
 */
final class AlgorithmOutputs {

  private AlgorithmOutputs() {}

  /** {@code total} and {@code category} of an activity score. */
  static Map<String, Function<Score, Derivation>> scoreOutputs() {
    Map<String, Function<Score, Derivation>> outputs = new LinkedHashMap<>();
    outputs.put("total", score -> new Derivation.Value(Points.text(score.total())));
    outputs.put("category", score -> new Derivation.Value(score.category().name()));
    return outputs;
  }

  static ScoreAlgorithms.Entry<SesCdScore> sesCd(SesCdCalculator calculator) {
    Map<String, Function<SesCdScore, Derivation>> outputs = scoreOutputsOf(SesCdScore::score);
    for (SesCdSegment segment : SesCdSegment.values()) {
      outputs.put("segment." + segment.name(), sesCd -> segmentSubscore(sesCd, segment));
    }
    outputs.put("unexploredSegments", AlgorithmOutputs::unexploredSegments);
    outputs.put("exceedsCommonMaximum", sesCd -> Derivation.yesNo(sesCd.exceedsCommonMaximum()));
    return new ScoreAlgorithms.Entry<>(
        SesCdCalculator.ALGORITHM, calculator::score, "total", outputs);
  }

  static ScoreAlgorithms.Entry<MayoScore> mayo(MayoCalculator calculator) {
    Map<String, Function<MayoScore, Derivation>> outputs = scoreOutputsOf(MayoScore::score);
    outputs.put("remission", mayo -> Derivation.yesNo(mayo.remission()));
    outputs.put("mucosalHealing", mayo -> Derivation.yesNo(mayo.mucosalHealing()));
    return new ScoreAlgorithms.Entry<>(
        MayoCalculator.ALGORITHM, calculator::score, "total", outputs);
  }

  static ScoreAlgorithms.Entry<ParisCdClassification> parisCd(ParisCdClassifier classifier) {
    Map<String, Function<ParisCdClassification, Derivation>> outputs = new LinkedHashMap<>();
    outputs.put("code", paris -> new Derivation.Value(paris.code()));
    outputs.put("age", paris -> new Derivation.Value(paris.ageAtDiagnosis().code()));
    outputs.put(
        "location",
        paris ->
            paris.location() == ParisCdClassification.Location.NONE
                ? new Derivation.NoValue("no ileocolonic disease (upper-GI only)")
                : new Derivation.Value(paris.location().name()));
    outputs.put(
        "upperGi",
        paris ->
            paris.upperGi().isEmpty()
                ? new Derivation.NoValue("no upper-GI disease")
                : new Derivation.Value(paris.upperGiCode()));
    outputs.put("behaviour", paris -> new Derivation.Value(paris.behaviourCode()));
    outputs.put("perianal", paris -> Derivation.yesNo(paris.perianal()));
    outputs.put("growth", paris -> new Derivation.Value(paris.growth().name()));
    return new ScoreAlgorithms.Entry<>(
        ParisCdClassifier.ALGORITHM, classifier::classify, "code", outputs);
  }

  static ScoreAlgorithms.Entry<ParisUcClassification> parisUc(ParisUcClassifier classifier) {
    Map<String, Function<ParisUcClassification, Derivation>> outputs = new LinkedHashMap<>();
    outputs.put("code", paris -> new Derivation.Value(paris.code()));
    outputs.put("extent", paris -> new Derivation.Value(paris.extent().name()));
    outputs.put("severity", paris -> new Derivation.Value(paris.severity().name()));
    return new ScoreAlgorithms.Entry<>(
        ParisUcClassifier.ALGORITHM, classifier::classify, "code", outputs);
  }

  private static <T> Map<String, Function<T, Derivation>> scoreOutputsOf(Function<T, Score> score) {
    Map<String, Function<T, Derivation>> outputs = new LinkedHashMap<>();
    scoreOutputs().forEach((name, output) -> outputs.put(name, score.andThen(output)));
    return outputs;
  }

  private static Derivation segmentSubscore(SesCdScore sesCd, SesCdSegment segment) {
    var subscore = sesCd.segmentSubscore(segment);
    return subscore.isPresent()
        ? new Derivation.Value(Integer.toString(subscore.getAsInt()))
        : new Derivation.NoValue("segment " + segment + " was not explored");
  }

  private static Derivation unexploredSegments(SesCdScore sesCd) {
    List<SesCdSegment> unexplored = sesCd.unexploredSegments();
    if (unexplored.isEmpty()) {
      return new Derivation.NoValue("every segment was explored");
    }
    return new Derivation.Value(
        String.join(",", unexplored.stream().map(SesCdSegment::name).toList()));
  }
}
