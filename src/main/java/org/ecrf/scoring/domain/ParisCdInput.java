package org.ecrf.scoring.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The Paris Crohn's disease items, validated, with the age at diagnosis in completed years (from
 * the subject's month of birth and the diagnosis date).
 *
 * @param ageAtDiagnosisYears completed years at diagnosis
 * @param location L1-L3 or NONE
 * @param upperGi L4a and/or L4b
 * @param behaviour B1, B2, B3, B2B3
 * @param perianal perianal disease
 * @param growth G0 or G1
 */
public record ParisCdInput(
    int ageAtDiagnosisYears,
    ParisCdClassification.Location location,
    Set<ParisCdClassification.UpperGi> upperGi,
    ParisCdClassification.Behaviour behaviour,
    boolean perianal,
    ParisCdClassification.Growth growth) {

  public ParisCdInput {
    if (ageAtDiagnosisYears < 0) {
      throw new IllegalArgumentException("Age at diagnosis cannot be negative");
    }
    Objects.requireNonNull(location, "location");
    Set<ParisCdClassification.UpperGi> copy = EnumSet.noneOf(ParisCdClassification.UpperGi.class);
    copy.addAll(upperGi);
    upperGi = Collections.unmodifiableSet(copy);
    Objects.requireNonNull(behaviour, "behaviour");
    Objects.requireNonNull(growth, "growth");
  }
}
