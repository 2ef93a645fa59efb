package org.ecrf.dosing.domain;

import java.util.Objects;

/**
 * One infusion of existing data to run both rule sets over: the subject and the situation as it was
 * recorded (visit, arm, trough, antibodies, regimen, weight).
 *
 * @param subjectKey the ODM SubjectKey
 * @param situation the recorded situation before the infusion
 */
public record DryRunCase(String subjectKey, DosingSituation situation) {

  public DryRunCase {
    if (subjectKey == null || subjectKey.isBlank()) {
      throw new IllegalArgumentException("A dry-run case needs its SubjectKey");
    }
    Objects.requireNonNull(situation, () -> "Dry-run case " + subjectKey + " needs its situation");
  }
}
