package org.ecrf.dosing.application;

import java.util.Objects;
import org.ecrf.dosing.domain.DryRunReport;

/**
 * What a dosing dry run found: the comparison of the current and the candidate rule set over every
 * stored infusion that can be advised, and how many stored infusions could not be advised by any
 * rule set (no weight, no trough level for a guided-arm maintenance infusion) and so were not
 * compared, so that a data manager knows the comparison's coverage.
 *
 * @param study the study's OID
 * @param currentMetaDataVersion the MetaDataVersion whose rule set is in use
 * @param candidateMetaDataVersion the MetaDataVersion OID the candidate file carries
 * @param report the comparison
 * @param infusionsNotCompared stored infusions left out because no advice can be computed for them
 */
public record DryRunOutcome(
    String study,
    String currentMetaDataVersion,
    String candidateMetaDataVersion,
    DryRunReport report,
    int infusionsNotCompared) {

  public DryRunOutcome {
    Objects.requireNonNull(study, "study");
    Objects.requireNonNull(currentMetaDataVersion, "currentMetaDataVersion");
    Objects.requireNonNull(candidateMetaDataVersion, "candidateMetaDataVersion");
    Objects.requireNonNull(report, "report");
    if (infusionsNotCompared < 0) {
      throw new IllegalArgumentException("infusionsNotCompared must be 0 or more");
    }
  }
}
