package org.ecrf.dosing.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.ecrf.dosing.application.AdviceResult;
import org.ecrf.dosing.application.PageAdvice;
import org.ecrf.dosing.domain.DosingAdvice;
import org.ecrf.dosing.domain.Recommendation;

/**
 * What the advice panel of the infusion form shows, as text. Texts from the rule set (rationale,
 * source, explanation, notice) are in the language the study definition gives them.
 *
 * @param kind GUIDED (a recommendation of the rule set), STANDARD (the standard regimen), BLINDED
 *     (the caller may not see what the advice derives from) or NONE (no advice, see {@code reason})
 * @param doseMgPerKg recommended dose per kg; empty without a recommendation
 * @param doseMg recommended dose in mg for {@code weightKg}
 * @param weightKg the weight the mg were computed from
 * @param intervalWeeks weeks to the next infusion
 * @param ruleOid the rule that fired; empty when none did
 * @param rationale the fired rule's rationale
 * @param source the fired rule's source
 * @param explanation the advisor's sentence on this child (guided arm only)
 * @param provisionalNotice "to be confirmed against the TOPIT protocol" while the rule set is
 *     provisional; empty for a released one and for the standard arm
 * @param reason why there is no recommendation
 * @param standardRegimen the standard regimen, e.g. "5 mg/kg at weeks 0, 2, 6, then every 8 weeks"
 */
public record AdvicePanel(
    String kind,
    String doseMgPerKg,
    String doseMg,
    String weightKg,
    String intervalWeeks,
    String ruleOid,
    String rationale,
    String source,
    String explanation,
    String provisionalNotice,
    String reason,
    String standardRegimen)
    implements Serializable {

  static AdvicePanel of(PageAdvice page) {
    String standard = page.standardRegimen().describe();
    if (page.blinded()) {
      return empty("BLINDED", "", standard);
    }
    if (page.result() instanceof AdviceResult.NoAdvice none) {
      return empty(page.standardArm() ? "STANDARD" : "NONE", none.reason(), standard);
    }
    DosingAdvice advice = ((AdviceResult.Advised) page.result()).advice();
    Recommendation recommendation = advice.recommendation();
    boolean guided = page.guidedArm();
    return new AdvicePanel(
        guided ? "GUIDED" : "STANDARD",
        text(recommendation.doseMgPerKg()),
        text(recommendation.doseMg()),
        text(recommendation.bodyWeightKg()),
        String.valueOf(recommendation.intervalWeeks()),
        advice.ruleOid().orElse(""),
        advice.rationale().orElse(""),
        advice.source().orElse(""),
        guided ? advice.explanation() : "",
        guided ? advice.provisionalNotice().orElse("") : "",
        "",
        standard);
  }

  private static AdvicePanel empty(String kind, String reason, String standard) {
    return new AdvicePanel(kind, "", "", "", "", "", "", "", "", "", reason, standard);
  }

  private static String text(BigDecimal value) {
    return value.toPlainString();
  }

  public boolean recommended() {
    return !doseMgPerKg.isEmpty();
  }
}
