package org.ecrf.dosing.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** Builds situations from the compact text the CSV tables use. */
final class Situations {

  private Situations() {}

  /** "3.2" measured, "BLQ<0.4" below an LLOQ of 0.4, empty for no result. */
  static TroughResult trough(String text) {
    if (text == null || text.isBlank()) {
      return TroughResult.notAvailable();
    }
    if (text.startsWith("BLQ<")) {
      return TroughResult.belowLloq(new BigDecimal(text.substring(4)));
    }
    return TroughResult.measured(text);
  }

  static Optional<Regimen> regimen(String dose, Integer interval) {
    return dose == null ? Optional.empty() : Optional.of(Regimen.of(dose, interval));
  }

  static DosingSituation situation(
      TreatmentArm arm,
      String studyEventOid,
      int week,
      String trough,
      AntibodyStatus ati,
      String currentDose,
      Integer currentInterval,
      String weightKg) {
    return new DosingSituation(
        new InfusionVisit(studyEventOid, week),
        arm,
        trough(trough),
        ati,
        regimen(currentDose, currentInterval),
        new BigDecimal(weightKg));
  }

  static DosingSituation guided(
      String oid, int week, String trough, AntibodyStatus ati, Regimen current) {
    return DosingSituation.guided(
        new InfusionVisit(oid, week), trough(trough), ati, current, BigDecimal.valueOf(30));
  }
}
