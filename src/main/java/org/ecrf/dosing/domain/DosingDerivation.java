package org.ecrf.dosing.domain;

import java.util.List;

/**
 * How a study definition names the dosing advice as derived items: the MethodDef algorithm {@code
 * DOSING/1} with the outputs {@code dose_mgkg} (recommended dose in mg/kg), {@code interval_weeks}
 * (weeks to the next infusion) and {@code rule} (the OID of the rule that fired).
 */
public final class DosingDerivation {

  public static final String NAME = "DOSING";
  public static final int VERSION = 1;
  public static final List<String> OUTPUTS = List.of("dose_mgkg", "interval_weeks", "rule");

  private DosingDerivation() {}

  /** The references a MethodDef may use, {@code DOSING/1:dose_mgkg} and so on. */
  public static List<String> references() {
    return OUTPUTS.stream().map(output -> NAME + "/" + VERSION + ":" + output).toList();
  }
}
