package org.ecrf.dosing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ecrf.dosing.domain.AdviceStatus;
import org.ecrf.dosing.domain.DosingAdvice;
import org.ecrf.entry.domain.DerivationOutcome;
import org.ecrf.entry.domain.DerivationRequest;
import org.ecrf.entry.domain.Derivations;
import org.ecrf.entry.domain.EntryContext;

/**
 * The derived items {@code DOSING/1:dose_mgkg}, {@code :interval_weeks} and {@code :rule} of one
 * evaluation of an infusion form. The stored data are read once, on the first request, and the
 * advice is computed once per weight and date, however many derived items ask.
 */
final class DosingAdviceDerivations implements Derivations {

  private final InfusionAdvisor advisor;
  private final EntryContext context;
  private final Supplier<DosingRecord> record;
  private final Map<InfusionCase, AdviceResult> results = new HashMap<>();

  /**
   * @param record the child's stored dosing data; called at most once
   */
  DosingAdviceDerivations(
      InfusionAdvisor advisor, EntryContext context, Supplier<DosingRecord> record) {
    this.advisor = Objects.requireNonNull(advisor, "advisor");
    this.context = Objects.requireNonNull(context, "context");
    this.record = memoized(record);
  }

  @Override
  public DerivationOutcome derive(DerivationRequest request) {
    AdviceResult result = results.computeIfAbsent(caseOf(request), c -> advisor.advise(c, record));
    if (result instanceof AdviceResult.NoAdvice none) {
      return none.missingItemOids().isEmpty()
          ? new DerivationOutcome.NoValue(none.reason())
          : new DerivationOutcome.Incomplete(none.missingItemOids(), none.reason());
    }
    DosingAdvice advice = ((AdviceResult.Advised) result).advice();
    return switch (request.algorithm().output()) {
      case "dose_mgkg" ->
          new DerivationOutcome.Computed(advice.recommendation().doseMgPerKg().toPlainString());
      case "interval_weeks" ->
          new DerivationOutcome.Computed(String.valueOf(advice.recommendation().intervalWeeks()));
      case "rule" ->
          advice
              .ruleOid()
              .<DerivationOutcome>map(DerivationOutcome.Computed::new)
              .orElseGet(() -> new DerivationOutcome.NoValue(noRule(advice.status())));
      default ->
          new DerivationOutcome.NoValue(
              "DOSING/1 has no output '" + request.algorithm().output() + "'");
    };
  }

  private InfusionCase caseOf(DerivationRequest request) {
    Optional<LocalDate> date =
        request.value(DosingItems.DATE).map(LocalDate::parse).or(() -> context.visit().date());
    return new InfusionCase(
        context.subject().armCode().orElse(""),
        context.visit().studyEventOid(),
        context.visit().repeatKey(),
        date,
        request.value(DosingItems.WEIGHT).map(BigDecimal::new));
  }

  private static String noRule(AdviceStatus status) {
    return switch (status) {
      case STANDARD_ARM -> "standard arm: the standard regimen, no rule applies";
      case STANDARD_INDUCTION -> "induction: the standard regimen, no rule fired";
      case NO_TROUGH_LEVEL -> "no trough level: no rule fired";
      case RULE_APPLIED -> "no rule";
    };
  }

  private static Supplier<DosingRecord> memoized(Supplier<DosingRecord> source) {
    Objects.requireNonNull(source, "record");
    DosingRecord[] read = new DosingRecord[1];
    return () -> {
      if (read[0] == null) {
        read[0] = Objects.requireNonNull(source.get(), "record");
      }
      return read[0];
    };
  }
}
