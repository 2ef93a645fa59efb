package org.ecrf.dosing.application;

import java.util.List;
import java.util.Objects;
import org.ecrf.dosing.domain.DosingAdvice;
import org.ecrf.dosing.domain.InfusionVisit;

/** The dosing advice for one infusion, or why there is none. */
public sealed interface AdviceResult {

  /**
   * The advice.
   *
   * @param advice what the rule set recommends
   * @param visit the visit and treatment week it was computed for
   */
  record Advised(DosingAdvice advice, InfusionVisit visit) implements AdviceResult {
    public Advised {
      Objects.requireNonNull(advice, "advice");
      Objects.requireNonNull(visit, "visit");
    }
  }

  /**
   * No advice.
   *
   * @param missingItemOids items of the infusion form itself that must be entered first (weight,
   *     date); empty when the reason lies elsewhere
   * @param reason an English sentence naming what is missing, e.g. "no trough level stored for this
   *     visit"
   */
  record NoAdvice(List<String> missingItemOids, String reason) implements AdviceResult {
    public NoAdvice {
      missingItemOids = List.copyOf(missingItemOids);
      Objects.requireNonNull(reason, "reason");
    }

    static NoAdvice because(String reason) {
      return new NoAdvice(List.of(), reason);
    }
  }
}
