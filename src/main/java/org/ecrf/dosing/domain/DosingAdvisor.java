package org.ecrf.dosing.domain;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Recommends the dose and next interval before an infusion from one rule set (pure, immutable,
 * thread-safe). The same advisor serves the live advice on the infusion form, the stored
 * recommendation and the dry run.
 *
 * <ul>
 *   <li><b>Standard arm</b>: the standard regimen at the visit's week, computed from the visit and
 *       the body weight only, so the advice is identical whatever the trough, antibody or current
 *       regimen input is (blinding, issue 6).
 *   <li><b>Guided arm before {@link AdvisorSettings#adjustmentStartWeek()}</b> (week 14): the
 *       standard induction schedule, unless the level meets an {@link
 *       AdvisorSettings#inductionAlertConditions() alert condition} (undetectable; antibodies with
 *       a low level), whose rule then fires as in maintenance but on the standard induction
 *       regimen.
 *   <li><b>Guided arm from that week on</b>: the current regimen is first brought within the rule
 *       set's limits; without a trough level no rule fires ({@link AdviceStatus#NO_TROUGH_LEVEL});
 *       otherwise the first rule whose condition holds fires.
 * </ul>
 */
public final class DosingAdvisor {

  private final DosingRuleSet ruleSet;
  private final AdvisorSettings settings;

  public DosingAdvisor(DosingRuleSet ruleSet, AdvisorSettings settings) {
    this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** An advisor with {@link AdvisorSettings#defaults()}. */
  public static DosingAdvisor withDefaults(DosingRuleSet ruleSet) {
    return new DosingAdvisor(ruleSet, AdvisorSettings.defaults());
  }

  public DosingRuleSet ruleSet() {
    return ruleSet;
  }

  public AdvisorSettings settings() {
    return settings;
  }

  /**
   * The advice for one infusion.
   *
   * @throws IllegalArgumentException when the visit's week is inside induction but not an induction
   *     week, or a guided-arm maintenance visit has no current regimen
   */
  public DosingAdvice advise(DosingSituation situation) {
    Objects.requireNonNull(situation, "situation");
    if (situation.arm() == TreatmentArm.STANDARD) {
      return standardArm(situation.visit(), situation.bodyWeightKg());
    }
    if (situation.visit().week() < settings.adjustmentStartWeek()) {
      return guidedInduction(situation);
    }
    return guidedMaintenance(situation);
  }

  /** Takes only the visit and the weight: nothing here can depend on a level. */
  private DosingAdvice standardArm(InfusionVisit visit, BigDecimal bodyWeightKg) {
    StandardRegimen standard = ruleSet.standardRegimen();
    Regimen regimen = standard.regimenAtWeek(visit.week());
    return advice(
        AdviceStatus.STANDARD_ARM,
        recommend(regimen, bodyWeightKg),
        Optional.empty(),
        Set.of(),
        "Standard arm: standard regimen of " + standard.describe() + ".");
  }

  private DosingAdvice guidedInduction(DosingSituation situation) {
    Regimen standard = ruleSet.standardRegimen().regimenAtWeek(situation.visit().week());
    if (situation.trough().available()) {
      TargetWindow window = ruleSet.targetWindowFor(situation.visit().studyEventOid());
      TroughFindings findings = findings(situation, window, standard);
      Optional<DosingRule> alert =
          ruleSet.firstRuleFor(findings, settings.inductionAlertConditions());
      if (alert.isPresent()) {
        return ruleAdvice(situation, alert.get(), findings, window, standard, "");
      }
    }
    return advice(
        AdviceStatus.STANDARD_INDUCTION,
        recommend(standard, situation.bodyWeightKg()),
        Optional.empty(),
        Set.of(),
        "Week "
            + situation.visit().week()
            + ", before trough-guided adjustments start at week "
            + settings.adjustmentStartWeek()
            + ": standard regimen, "
            + Decimals.text(standard.doseMgPerKg())
            + " mg/kg and the next infusion after "
            + standard.intervalWeeks()
            + " weeks.");
  }

  private DosingAdvice guidedMaintenance(DosingSituation situation) {
    Regimen current =
        situation
            .currentRegimen()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Guided-arm visit "
                            + situation.visit().describe()
                            + " needs the current regimen to advise on"));
    Regimen effective = ruleSet.limits().clamp(current);
    String limitsNote =
        effective.equals(current)
            ? ""
            : "The current regimen of "
                + current.describe()
                + " lies outside the rule set's limits and is taken as "
                + effective.describe()
                + ". ";
    if (!situation.trough().available()) {
      return noTroughLevel(situation, effective, limitsNote);
    }
    TargetWindow window = ruleSet.targetWindowFor(situation.visit().studyEventOid());
    TroughFindings findings = findings(situation, window, effective);
    DosingRule rule =
        ruleSet
            .firstRuleFor(findings)
            .orElseThrow(
                () -> new IllegalStateException("A validated rule set covers " + findings));
    return ruleAdvice(situation, rule, findings, window, effective, limitsNote);
  }

  private DosingAdvice noTroughLevel(DosingSituation situation, Regimen effective, String note) {
    Set<AdviceFlag> flags =
        note.isEmpty() ? Set.of() : Set.of(AdviceFlag.REGIMEN_BROUGHT_WITHIN_LIMITS);
    String antibodies =
        situation.antibodies() == AntibodyStatus.POSITIVE
            ? " Antibodies to infliximab are positive; the rules need the level to act on them."
            : "";
    return advice(
        AdviceStatus.NO_TROUGH_LEVEL,
        recommend(effective, situation.bodyWeightKg()),
        Optional.empty(),
        flags,
        note
            + "No trough level: continue the current regimen of "
            + effective.describe()
            + " and obtain a level."
            + antibodies);
  }

  private DosingAdvice ruleAdvice(
      DosingSituation situation,
      DosingRule rule,
      TroughFindings findings,
      TargetWindow window,
      Regimen current,
      String limitsNote) {
    ActionOutcome outcome =
        rule.action()
            .apply(
                new ActionContext(
                    rule, current, ruleSet.limits(), settings.reinductionIntervalWeeks()));
    Set<AdviceFlag> flags = EnumSet.noneOf(AdviceFlag.class);
    flags.addAll(outcome.flags());
    flags.addAll(flagsOf(findings));
    if (!limitsNote.isEmpty()) {
      flags.add(AdviceFlag.REGIMEN_BROUGHT_WITHIN_LIMITS);
    }
    String levelText = describeLevel(situation, findings, window);
    return advice(
        AdviceStatus.RULE_APPLIED,
        recommend(outcome.regimen(), situation.bodyWeightKg()),
        Optional.of(rule),
        flags,
        limitsNote + levelText + " " + outcome.text());
  }

  private TroughFindings findings(DosingSituation situation, TargetWindow window, Regimen current) {
    TroughResult trough = situation.trough();
    TroughPosition position =
        trough instanceof TroughResult.Measured measured && !trough.undetectable()
            ? window.positionOf(measured.ugPerMl())
            : TroughPosition.BELOW;
    return new TroughFindings(
        position,
        trough.undetectable(),
        situation.antibodies() == AntibodyStatus.POSITIVE,
        current.intervalWeeks() <= ruleSet.limits().minIntervalWeeks());
  }

  private static Set<AdviceFlag> flagsOf(TroughFindings findings) {
    Set<AdviceFlag> flags = EnumSet.noneOf(AdviceFlag.class);
    if (findings.below()) {
      flags.add(AdviceFlag.BELOW_TARGET);
    }
    if (findings.position() == TroughPosition.ABOVE) {
      flags.add(AdviceFlag.ABOVE_TARGET);
    }
    if (findings.undetectable()) {
      flags.add(AdviceFlag.UNDETECTABLE);
    }
    return flags;
  }

  private static String describeLevel(
      DosingSituation situation, TroughFindings findings, TargetWindow window) {
    String position =
        switch (findings.position()) {
          case BELOW -> findings.undetectable() ? "undetectable, below" : "below";
          case WITHIN -> "within";
          case ABOVE -> "above";
        };
    String antibodies =
        switch (situation.antibodies()) {
          case POSITIVE -> "antibodies to infliximab positive";
          case NEGATIVE -> "antibodies to infliximab negative";
          case NOT_TESTED -> "antibodies to infliximab not tested";
        };
    return "Trough "
        + situation.trough().describe()
        + " ("
        + position
        + " the target of "
        + window.describe()
        + "), "
        + antibodies
        + ".";
  }

  private Recommendation recommend(Regimen regimen, BigDecimal bodyWeightKg) {
    return new Recommendation(
        regimen, bodyWeightKg, settings.doseRounding().doseMg(bodyWeightKg, regimen.doseMgPerKg()));
  }

  private DosingAdvice advice(
      AdviceStatus status,
      Recommendation recommendation,
      Optional<DosingRule> rule,
      Set<AdviceFlag> flags,
      String explanation) {
    return new DosingAdvice(status, recommendation, rule, flags, explanation, ruleSet.header());
  }
}
