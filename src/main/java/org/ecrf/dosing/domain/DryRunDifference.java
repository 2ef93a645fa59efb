package org.ecrf.dosing.domain;

import java.util.Objects;
import java.util.Set;

/**
 * One infusion where the candidate rule set would advise differently from the current one, with
 * both advices so a data manager can judge the change.
 *
 * @param subjectKey the ODM SubjectKey
 * @param visit the visit of the infusion
 * @param differences in what way the advices differ; never empty
 * @param current the advice of the rule set in use
 * @param candidate the advice of the rule set to be released
 */
public record DryRunDifference(
    String subjectKey,
    InfusionVisit visit,
    Set<AdviceDifference> differences,
    DosingAdvice current,
    DosingAdvice candidate) {

  public DryRunDifference {
    Objects.requireNonNull(subjectKey, "subjectKey");
    Objects.requireNonNull(visit, "visit");
    differences = Set.copyOf(differences);
    if (differences.isEmpty()) {
      throw new IllegalArgumentException(
          "A dry-run difference for " + subjectKey + " needs at least one difference");
    }
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(candidate, "candidate");
  }
}
