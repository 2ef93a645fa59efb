package org.ecrf.dosing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ecrf.dosing.domain.AdministeredInfusion;
import org.ecrf.dosing.domain.DeviationAssessment;
import org.ecrf.dosing.domain.DosingAdvice;
import org.ecrf.dosing.domain.InfusionDecision;
import org.ecrf.dosing.domain.ProtocolDeviationCheck;

/**
 * The deviating infusions of one child (pure): every infusion with a date, a weight and the dose
 * given is compared with the advice the rule set gives for it, recomputed from the stored data as
 * the derived items were ({@link InfusionAdvisor}), by {@link ProtocolDeviationCheck}. An infusion
 * that cannot be assessed yet (no weight, no dose, no advice) is left out.
 */
final class DeviationRows {

  private final InfusionAdvisor advisor;
  private final ProtocolDeviationCheck check;

  DeviationRows(InfusionAdvisor advisor, ProtocolDeviationCheck check) {
    this.advisor = advisor;
    this.check = check;
  }

  /**
   * @param record the child's stored data; for a standard-arm child its infusions only
   */
  List<DeviationRow> of(String subjectKey, String siteCode, String armCode, DosingRecord record) {
    List<StoredForm> infusions = record.datedInfusionsExcept("", 0);
    List<DeviationRow> rows = new ArrayList<>();
    for (int i = 0; i < infusions.size(); i++) {
      StoredForm infusion = infusions.get(i);
      Optional<StoredForm> next =
          i + 1 < infusions.size() ? Optional.of(infusions.get(i + 1)) : Optional.empty();
      row(subjectKey, siteCode, armCode, infusion, next, record).ifPresent(rows::add);
    }
    return rows;
  }

  private Optional<DeviationRow> row(
      String subjectKey,
      String siteCode,
      String armCode,
      StoredForm infusion,
      Optional<StoredForm> next,
      DosingRecord record) {
    LocalDate date = infusion.date(DosingItems.DATE).orElseThrow();
    Optional<BigDecimal> givenMgPerKg = infusion.decimal(DosingItems.DOSE_MGKG);
    Optional<BigDecimal> givenMg = infusion.decimal(DosingItems.DOSE_MG);
    if (givenMgPerKg.isEmpty() || givenMg.isEmpty()) {
      return Optional.empty();
    }
    AdviceResult result =
        advisor.advise(
            new InfusionCase(
                armCode,
                infusion.eventOid(),
                infusion.repeatKey(),
                Optional.of(date),
                infusion.decimal(DosingItems.WEIGHT)),
            () -> record);
    if (!(result instanceof AdviceResult.Advised advised)) {
      return Optional.empty();
    }
    InfusionDecision decision =
        infusion
            .text(DosingItems.DECISION)
            .map(InfusionDecision::fromItemValue)
            .orElse(InfusionDecision.FOLLOW);
    String reason = infusion.text(DosingItems.DECISION_REASON).orElse("");
    OptionalInt days =
        next.map(
                form ->
                    OptionalInt.of(
                        (int)
                            ChronoUnit.DAYS.between(
                                date, form.date(DosingItems.DATE).orElseThrow())))
            .filter(d -> d.getAsInt() >= 1)
            .orElse(OptionalInt.empty());
    if (decision == InfusionDecision.OVERRIDE && reason.isEmpty()) {
      reason = "(no reason recorded)";
    }
    DosingAdvice advice = advised.advice();
    DeviationAssessment assessment =
        check.assess(
            advice,
            new AdministeredInfusion(givenMgPerKg.get(), givenMg.get(), days, decision, reason));
    if (!assessment.isDeviation()) {
      return Optional.empty();
    }
    return Optional.of(
        new DeviationRow(
            subjectKey,
            siteCode,
            armCode,
            infusion.eventOid(),
            infusion.repeatKey(),
            date.toString(),
            advice.recommendation().doseMgPerKg().toPlainString(),
            advice.recommendation().doseMg().toPlainString(),
            advice.recommendation().intervalWeeks(),
            advice.ruleOid().orElse(""),
            givenMgPerKg.get().toPlainString(),
            givenMg.get().toPlainString(),
            days.isPresent() ? String.valueOf(days.getAsInt()) : "",
            decision.name(),
            reason,
            assessment.reasons().stream().map(Enum::name).sorted().toList(),
            assessment.description()));
  }
}
