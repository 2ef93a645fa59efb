package org.ecrf.dosing.application;

import java.util.Objects;
import org.ecrf.dosing.domain.StandardRegimen;

/**
 * The dosing advice of an infusion form as its page may show it to the caller.
 *
 * @param armCode the child's arm; empty before randomisation
 * @param blinded true when the caller is blinded to the levels of this guided-arm child: the page
 *     shows the standard regimen and nothing derived from a level
 * @param standardRegimen the rule set's standard regimen, shown for the standard arm
 * @param result the advice, or why there is none (for a blinded caller always none)
 */
public record PageAdvice(
    String armCode, boolean blinded, StandardRegimen standardRegimen, AdviceResult result) {

  public PageAdvice {
    armCode = armCode == null ? "" : armCode;
    Objects.requireNonNull(standardRegimen, "standardRegimen");
    Objects.requireNonNull(result, "result");
  }

  public boolean guidedArm() {
    return "TDM".equals(armCode);
  }

  public boolean standardArm() {
    return "STANDARD".equals(armCode);
  }
}
