package org.ecrf.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every algorithm a CRF MethodDef may name, by name and version, with its named outputs. A
 * MethodDef refers to one output as {@code <NAME>/<VERSION>[:<output>]} ({@link
 * AlgorithmReference}); without an output the algorithm's default output is meant: {@code total}
 * for the scores, {@code code} for the Paris classifications, {@code value} for BMI and DOSE_MG.
 * The ODM says which rule applies; the calculators here say how it works (STYLE §9).
 *
 * <p>Outputs: PUCAI, PCDAI, WPCDAI, UCEIS {@code total, category}; SESCD {@code total, category,
 * segment.<SEGMENT>, unexploredSegments, exceedsCommonMaximum}; MAYO {@code total, category,
 * remission, mucosalHealing}; PARIS_CD {@code code, age, location, upperGi, behaviour, perianal,
 * growth}; PARIS_UC {@code code, extent, severity}; BMI, DOSE_MG {@code value}. Flags are Y/N,
 * categories their enum names.
 *
 * <p>The caller supplies the subject facts in the {@link ScoreInput}: PCDAI needs sex, month of
 * birth and the assessment date; PARIS_CD needs the month of birth. The registry holds one set of
 * {@link ScoringParameters}; the algorithm version names the rule, not the study's parameter
 * choices, so a study that changes a parameter after data exist must recompute and audit.
 */
public final class ScoreAlgorithms {

  /** A registered algorithm: its reference ({@code PUCAI/1}), default output and all outputs. */
  public record KnownAlgorithm(AlgorithmId algorithm, String defaultOutput, List<String> outputs) {
    public KnownAlgorithm {
      Objects.requireNonNull(algorithm, "algorithm");
      Objects.requireNonNull(defaultOutput, "defaultOutput");
      outputs = List.copyOf(outputs);
    }

    /** The reference without an output, for example {@code PUCAI/1}. */
    public String reference() {
      return algorithm.toString();
    }
  }

  private final Map<AlgorithmId, Entry<?>> entries;

  /** The registry with the given protocol parameters. */
  public ScoreAlgorithms(ScoringParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    Map<AlgorithmId, Entry<?>> map = new LinkedHashMap<>();
    add(map, scores(PucaiCalculator.ALGORITHM, new PucaiCalculator(parameters.pucai())::score));
    add(map, scores(PcdaiCalculator.ALGORITHM, new PcdaiCalculator(parameters.pcdai())::score));
    add(map, scores(WpcdaiCalculator.ALGORITHM, new WpcdaiCalculator(parameters.wpcdai())::score));
    add(map, AlgorithmOutputs.sesCd(new SesCdCalculator(parameters.sesCd())));
    add(map, scores(UceisCalculator.ALGORITHM, new UceisCalculator(parameters.uceis())::score));
    add(map, AlgorithmOutputs.mayo(new MayoCalculator()));
    add(map, AlgorithmOutputs.parisCd(new ParisCdClassifier()));
    add(map, AlgorithmOutputs.parisUc(new ParisUcClassifier()));
    add(map, measure(BodyMassIndex.ALGORITHM, BodyMassIndex::calculate));
    add(map, measure(InfusionDose.ALGORITHM, InfusionDose::calculate));
    this.entries = Collections.unmodifiableMap(map);
  }

  /** The registry with the spec's proposals as parameters. */
  public static ScoreAlgorithms withDefaults() {
    return new ScoreAlgorithms(ScoringParameters.defaults());
  }

  /** Whether the reference names a registered algorithm and one of its outputs; never throws. */
  public boolean isKnown(String reference) {
    try {
      resolve(reference);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The registered algorithms in a stable order, each with its outputs. */
  public List<KnownAlgorithm> knownAlgorithms() {
    return entries.values().stream()
        .map(e -> new KnownAlgorithm(e.algorithm(), e.defaultOutput(), e.outputNames()))
        .toList();
  }

  /** Every full reference ({@code PUCAI/1:total}, {@code PUCAI/1:category}, ...). */
  public List<String> knownReferences() {
    List<String> references = new ArrayList<>();
    for (KnownAlgorithm known : knownAlgorithms()) {
      known.outputs().forEach(output -> references.add(known.reference() + ":" + output));
    }
    return List.copyOf(references);
  }

  /**
   * The reference with its output made explicit ({@code PUCAI/1} becomes {@code PUCAI/1:total}).
   *
   * @throws IllegalArgumentException when the reference is malformed or names an unknown algorithm,
   *     version or output
   */
  public AlgorithmReference resolve(String reference) {
    AlgorithmReference parsed = AlgorithmReference.parse(reference);
    Entry<?> entry = entries.get(parsed.algorithm());
    if (entry == null) {
      throw new IllegalArgumentException(
          "Unknown score algorithm '"
              + parsed.algorithm()
              + "' in reference '"
              + reference
              + "'; known: "
              + entries.keySet());
    }
    String output = parsed.output().orElse(entry.defaultOutput());
    if (!entry.outputs().containsKey(output)) {
      throw new IllegalArgumentException(
          "Score algorithm "
              + parsed.algorithm()
              + " has no output '"
              + output
              + "' (reference '"
              + reference
              + "'); its outputs: "
              + String.join(", ", entry.outputNames()));
    }
    return new AlgorithmReference(parsed.algorithm(), Optional.of(output));
  }

  /**
   * Computes the named output for a form's raw values.
   *
   * @throws IllegalArgumentException as {@link #resolve(String)}
   */
  public Derivation derive(String reference, ScoreInput input) {
    Objects.requireNonNull(input, "input");
    AlgorithmReference resolved = resolve(reference);
    return entries.get(resolved.algorithm()).derive(resolved.output().orElseThrow(), input);
  }

  private static void add(Map<AlgorithmId, Entry<?>> map, Entry<?> entry) {
    map.put(entry.algorithm(), entry);
  }

  private static Entry<Score> scores(
      AlgorithmId algorithm, Function<ScoreInput, ScoreResult<Score>> calculation) {
    return new Entry<>(algorithm, calculation, "total", AlgorithmOutputs.scoreOutputs());
  }

  private static Entry<BigDecimal> measure(
      AlgorithmId algorithm, Function<ScoreInput, ScoreResult<BigDecimal>> calculation) {
    Map<String, Function<BigDecimal, Derivation>> outputs = new LinkedHashMap<>();
    outputs.put("value", value -> new Derivation.Value(value.toPlainString()));
    return new Entry<>(algorithm, calculation, "value", outputs);
  }

  /** One algorithm: how to compute it and how to read each output from its complete result. */
  record Entry<T>(
      AlgorithmId algorithm,
      Function<ScoreInput, ScoreResult<T>> calculation,
      String defaultOutput,
      Map<String, Function<T, Derivation>> outputs) {

    Entry {
      outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
      if (!outputs.containsKey(defaultOutput)) {
        throw new IllegalArgumentException(
            algorithm + " lacks its default output " + defaultOutput);
      }
    }

    List<String> outputNames() {
      return List.copyOf(outputs.keySet());
    }

    Derivation derive(String output, ScoreInput input) {
      ScoreResult<T> result = calculation.apply(input);
      if (result instanceof ScoreResult.Complete<T> complete) {
        return outputs.get(output).apply(complete.value());
      }
      return new Derivation.Incomplete(algorithm, ((ScoreResult.Incomplete<T>) result).problems());
    }
  }
}
