package org.ecrf.crf.odm;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dosing rule set is consistent: exactly one default target window and at most one per visit,
 * each with its upper bound above its lower bound; limits in order with the standard regimen inside
 * them; a dose exactly on the rules whose action sets one (INCREASE_DOSE, REINDUCE), within the
 * dose limits.
 */
final class DosingRuleSetCheck {

  private static final Set<String> ACTIONS_WITH_DOSE = Set.of("INCREASE_DOSE", "REINDUCE");

  private final FaultCollector faults;

  private DosingRuleSetCheck(FaultCollector faults) {
    this.faults = faults;
  }

  static void check(OdmElement odm, FaultCollector faults) {
    DosingRuleSetCheck check = new DosingRuleSetCheck(faults);
    odm.selfAndDescendants().filter(e -> e.isEdc("DosingRuleSet")).forEach(check::checkSet);
  }

  private void checkSet(OdmElement set) {
    checkWindows(set, set.edcChildren("TargetWindow"));
    Optional<OdmElement> limits = set.edcChild("Limits");
    limits.ifPresent(l -> checkLimits(l, set.edcChild("StandardRegimen")));
    for (OdmElement rule : set.edcChildren("Rule")) {
      checkRule(rule, limits);
    }
  }

  private void checkWindows(OdmElement set, List<OdmElement> windows) {
    long defaults = windows.stream().filter(w -> w.attribute("StudyEventOID").isEmpty()).count();
    if (defaults != 1) {
      faults.error(
          FaultKind.DESIGN,
          set,
          "edc:DosingRuleSet needs exactly one edc:TargetWindow without StudyEventOID (the default"
              + " for all other visits); found "
              + defaults
              + ".");
    }
    Set<String> visits = new HashSet<>();
    for (OdmElement window : windows) {
      window
          .attribute("StudyEventOID")
          .filter(visit -> !visits.add(visit))
          .ifPresent(
              visit ->
                  faults.error(
                      FaultKind.DESIGN,
                      window,
                      "Visit " + visit + " has two edc:TargetWindow elements."));
      Optional<BigDecimal> low = decimal(window, "LowUgPerMl");
      Optional<BigDecimal> high = decimal(window, "HighUgPerMl");
      if (low.isPresent() && high.isPresent() && high.get().compareTo(low.get()) <= 0) {
        faults.error(
            FaultKind.DESIGN,
            window,
            "edc:TargetWindow HighUgPerMl "
                + high.get().toPlainString()
                + " is not above LowUgPerMl "
                + low.get().toPlainString()
                + ".");
      }
    }
  }

  private void checkLimits(OdmElement limits, Optional<OdmElement> regimen) {
    Optional<BigDecimal> minInterval = decimal(limits, "MinIntervalWeeks");
    Optional<BigDecimal> maxInterval = decimal(limits, "MaxIntervalWeeks");
    Optional<BigDecimal> minDose = decimal(limits, "MinDoseMgPerKg");
    Optional<BigDecimal> maxDose = decimal(limits, "MaxDoseMgPerKg");
    ordered(limits, "MinIntervalWeeks", minInterval, "MaxIntervalWeeks", maxInterval);
    ordered(limits, "MinDoseMgPerKg", minDose, "MaxDoseMgPerKg", maxDose);
    regimen.ifPresent(
        r -> {
          within(
              r,
              "MaintenanceIntervalWeeks",
              decimal(r, "MaintenanceIntervalWeeks"),
              minInterval,
              maxInterval);
          within(r, "DoseMgPerKg", decimal(r, "DoseMgPerKg"), minDose, maxDose);
        });
  }

  private void checkRule(OdmElement rule, Optional<OdmElement> limits) {
    String oid = rule.attributeOrEmpty("OID");
    String action = rule.attributeOrEmpty("Action");
    Optional<BigDecimal> dose = decimal(rule, "DoseMgPerKg");
    if (ACTIONS_WITH_DOSE.contains(action) && dose.isEmpty()) {
      faults.error(
          FaultKind.DESIGN,
          rule,
          "edc:Rule " + oid + " with action " + action + " needs DoseMgPerKg.");
    } else if (!ACTIONS_WITH_DOSE.contains(action) && dose.isPresent()) {
      faults.error(
          FaultKind.DESIGN,
          rule,
          "edc:Rule "
              + oid
              + " with action "
              + action
              + " must not have DoseMgPerKg; only "
              + "INCREASE_DOSE and REINDUCE set a dose.");
    } else if (dose.isPresent() && limits.isPresent()) {
      within(
          rule,
          "DoseMgPerKg",
          dose,
          decimal(limits.get(), "MinDoseMgPerKg"),
          decimal(limits.get(), "MaxDoseMgPerKg"));
    }
  }

  private void ordered(
      OdmElement at,
      String lowName,
      Optional<BigDecimal> low,
      String highName,
      Optional<BigDecimal> high) {
    if (low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) > 0) {
      faults.error(
          FaultKind.DESIGN,
          at,
          "edc:Limits "
              + lowName
              + " "
              + low.get().toPlainString()
              + " is above "
              + highName
              + " "
              + high.get().toPlainString()
              + ".");
    }
  }

  private void within(
      OdmElement at,
      String name,
      Optional<BigDecimal> value,
      Optional<BigDecimal> min,
      Optional<BigDecimal> max) {
    if (value.isEmpty() || min.isEmpty() || max.isEmpty()) {
      return;
    }
    if (value.get().compareTo(min.get()) < 0 || value.get().compareTo(max.get()) > 0) {
      faults.error(
          FaultKind.DESIGN,
          at,
          at.displayName()
              + at.attribute("OID").map(oid -> " " + oid).orElse("")
              + " "
              + name
              + " "
              + value.get().toPlainString()
              + " lies outside the edc:Limits "
              + min.get().toPlainString()
              + " to "
              + max.get().toPlainString()
              + ".");
    }
  }

  private static Optional<BigDecimal> decimal(OdmElement element, String attribute) {
    return element.attribute(attribute).flatMap(OdmValues::decimal);
  }
}
