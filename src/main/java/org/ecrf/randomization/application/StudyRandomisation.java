package org.ecrf.randomization.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ecrf.crf.domain.ArmDef;
import org.ecrf.crf.domain.RandomisationDef;
import org.ecrf.crf.domain.StratificationFactor;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.randomization.domain.Arm;
import org.ecrf.randomization.domain.FactorLevels;
import org.ecrf.randomization.domain.RandomizationConfiguration;
import org.ecrf.randomization.domain.Stratum;
import org.ecrf.shared.ConflictException;
import org.ecrf.subject.domain.Subject;

/**
 * A study's randomisation as its definition configures it ({@code edc:Arm}, {@code
 * edc:Randomisation}): arms with their ratio, block sizes, and strata from the factors, with the
 * sites known to the platform as the SITE levels.
 */
final class StudyRandomisation {

  private StudyRandomisation() {}

  static RandomizationConfiguration configuration(
      StudyDefinition definition, Collection<String> siteCodes) {
    RandomisationDef randomisation =
        definition
            .design()
            .randomisation()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "Study " + definition.header().studyOid() + " defines no randomisation"));
    List<ArmDef> arms = definition.design().arms();
    List<Arm> weighted = new ArrayList<>();
    for (int i = 0; i < arms.size(); i++) {
      weighted.add(new Arm(arms.get(i).code(), randomisation.ratio().get(i)));
    }
    List<FactorLevels> factors =
        randomisation.stratificationFactors().stream()
            .map(factor -> new FactorLevels(factor.name(), levels(factor, siteCodes)))
            .toList();
    return new RandomizationConfiguration(weighted, randomisation.blockSizes(), factors);
  }

  private static List<String> levels(StratificationFactor factor, Collection<String> siteCodes) {
    return switch (factor) {
      case DIAGNOSIS -> List.of("CD", "UC");
      case SEX -> List.of("F", "M");
      case SITE -> List.copyOf(siteCodes);
    };
  }

  /** The stratum of a subject under a configuration. */
  static Stratum stratumOf(Subject subject, RandomizationConfiguration configuration) {
    Map<String, String> values =
        Map.of(
            StratificationFactor.DIAGNOSIS.name(), subject.diagnosis().name(),
            StratificationFactor.SITE.name(), subject.site().code(),
            StratificationFactor.SEX.name(), subject.sex().name());
    return configuration.stratumOf(values);
  }
}
