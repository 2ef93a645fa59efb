package org.ecrf.crf.odm.clinical;

import java.util.List;

/**
 * The result of reading a clinical data file, beyond the forms handed to the listener.
 *
 * @param outcome whether the file was read to its end
 * @param fileOid the ODM FileOID, for the import's record; empty when the file has none
 * @param formsAccepted how many forms were accepted
 * @param formsRefused how many forms were refused
 * @param faults warnings, the fault that stopped the reading, and errors that refused no form
 *     (those inside forms come with the refused forms), in file order and at most 1000; a last
 *     entry says how many more there were
 */
public record ReadSummary(
    ReadOutcome outcome,
    String fileOid,
    int formsAccepted,
    int formsRefused,
    List<ClinicalDataFault> faults) {

  public ReadSummary {
    Require.present(outcome, "outcome");
    Require.present(fileOid, "fileOid");
    faults = Require.list(faults, "faults");
  }

  /** The faults that only warn. */
  public List<ClinicalDataFault> warnings() {
    return faults.stream().filter(f -> f.effect() == FaultEffect.WARNING).toList();
  }

  /** The faults that refused data or stopped the reading. */
  public List<ClinicalDataFault> errors() {
    return faults.stream().filter(f -> f.effect() != FaultEffect.WARNING).toList();
  }
}
