package org.ecrf.crf.application;

import java.util.HashSet;
import java.util.Set;
import org.ecrf.crf.domain.KnownAlgorithms;
import org.ecrf.dosing.domain.DosingDerivation;
import org.ecrf.scoring.domain.ScoreAlgorithms;

/**
 * Every algorithm a MethodDef may name on this platform: the scores and derived measures of {@code
 * scoring} and the dosing advice of {@code dosing}. The validator asks it; so does the build-time
 * check of {@code crf-definitions/}.
 */
public final class PlatformAlgorithms implements KnownAlgorithms {

  private final ScoreAlgorithms scores = ScoreAlgorithms.withDefaults();
  private final Set<String> dosing = new HashSet<>(DosingDerivation.references());

  @Override
  public boolean isKnown(String output) {
    return scores.isKnown(output) || dosing.contains(output);
  }
}
