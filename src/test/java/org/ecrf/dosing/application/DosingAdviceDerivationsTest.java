package org.ecrf.dosing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrf.dosing.application.InfusionAdvisorTest.infusion;
import static org.ecrf.dosing.application.InfusionAdvisorTest.trough;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecrf.dosing.domain.AdvisorSettings;
import org.ecrf.entry.domain.DerivationOutcome;
import org.ecrf.entry.domain.EntryContext;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.entry.domain.FormEvaluator;
import org.ecrf.entry.domain.FormValues;
import org.ecrf.entry.domain.ItemEvaluation;
import org.ecrf.entry.domain.SubjectFacts;
import org.ecrf.entry.domain.VisitContext;
import org.ecrf.subject.domain.Diagnosis;
import org.ecrf.subject.domain.Sex;
import org.ecrf.testing.TopitDefinition;
import org.junit.jupiter.api.Test;

/** The dosing advice as derived items of the TOPIT infusion form, through the form engine. */
class DosingAdviceDerivationsTest {

  private static final LocalDate WEEK_6 = LocalDate.of(2026, 2, 9);
  private static final LocalDate WEEK_14 = WEEK_6.plusWeeks(8);

  private final InfusionAdvisor advisor =
      InfusionAdvisor.of(TopitDefinition.get(), AdvisorSettings.defaults()).orElseThrow();
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void derivesDoseIntervalAndRuleReadingStoredDataOnce() {
    FormEvaluation evaluation =
        evaluate(
            "TDM",
            new DosingRecord(
                List.of(trough("SE.WEEK14", "3.2", "N", "0.4", "NEG")),
                List.of(infusion("SE.WEEK6", WEEK_6, "5", "FOLLOW", "8"))));

    assertThat(value(evaluation, "I.INF_REC_DOSE_MGKG")).isEqualTo("5");
    assertThat(value(evaluation, "I.INF_REC_INTERVAL_WEEKS")).isEqualTo("6");
    assertThat(value(evaluation, "I.INF_REC_RULE")).isEqualTo("DR.SHORTEN");
    assertThat(reads).hasValue(1);
  }

  @Test
  void leavesTheAdviceEmptyAndSaysWhyWithoutATroughLevel() {
    FormEvaluation evaluation =
        evaluate(
            "TDM",
            new DosingRecord(List.of(), List.of(infusion("SE.WEEK6", WEEK_6, "5", "FOLLOW", "8"))));

    ItemEvaluation dose = item(evaluation, "I.INF_REC_DOSE_MGKG");
    assertThat(dose.value()).isEmpty();
    assertThat(dose.derivation())
        .contains(
            new DerivationOutcome.NoValue(
                "no trough level stored for this visit (F.TROUGH at SE.WEEK14)"));
  }

  @Test
  void computesNothingForAStandardArmChildWhoseAdviceSectionIsNotCollected() {
    FormEvaluation evaluation = evaluate("STANDARD", DosingRecord.EMPTY);

    assertThat(item(evaluation, "I.INF_REC_DOSE_MGKG").isCollected()).isFalse();
    assertThat(reads).hasValue(0);
  }

  private FormEvaluation evaluate(String arm, DosingRecord record) {
    EntryContext context =
        new EntryContext(
            "BER-0001",
            SubjectFacts.of(Sex.F, YearMonth.of(2013, 11), Diagnosis.CD, arm),
            VisitContext.of("SE.WEEK14", WEEK_14));
    FormValues values =
        FormValues.builder()
            .value("IG.INF_ADMIN", "I.INF_WEIGHT_KG", "35")
            .value("IG.INF_ADMIN", "I.INF_DATE", WEEK_14.toString())
            .build();
    DosingAdviceDerivations derivations =
        new DosingAdviceDerivations(
            advisor,
            context,
            () -> {
              reads.incrementAndGet();
              return record;
            });
    return FormEvaluator.evaluate(
        TopitDefinition.get(), "F.INFUSION", values, context, derivations);
  }

  private static ItemEvaluation item(FormEvaluation evaluation, String itemOid) {
    return evaluation.items().stream()
        .filter(item -> item.itemOid().equals(itemOid))
        .findFirst()
        .orElseThrow();
  }

  private static String value(FormEvaluation evaluation, String itemOid) {
    return item(evaluation, itemOid).value().orElseThrow().text();
  }
}
