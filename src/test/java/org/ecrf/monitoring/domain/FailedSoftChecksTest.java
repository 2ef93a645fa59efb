package org.ecrf.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ecrf.entry.domain.ChangeCause;
import org.ecrf.entry.domain.ChangeType;
import org.ecrf.entry.domain.EnteredValue;
import org.ecrf.entry.domain.EntryContext;
import org.ecrf.entry.domain.FormEvaluation;
import org.ecrf.entry.domain.FormEvaluator;
import org.ecrf.entry.domain.FormValues;
import org.ecrf.entry.domain.ItemChange;
import org.ecrf.entry.domain.ItemGroupKey;
import org.ecrf.entry.domain.ItemPath;
import org.ecrf.entry.domain.ScoreDerivations;
import org.ecrf.entry.domain.StoredValue;
import org.ecrf.entry.domain.SubjectFacts;
import org.ecrf.entry.domain.VisitContext;
import org.ecrf.monitoring.domain.FailedSoftChecks.AutomaticQuery;
import org.ecrf.subject.domain.Diagnosis;
import org.ecrf.subject.domain.Sex;
import org.ecrf.testing.TopitDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** On TOPIT's laboratory form: CRP above 300 mg/L fails a soft check, ESR 20 mm/h fails none. */
class FailedSoftChecksTest {

  private static final ItemGroupKey INFLAMMATION = ItemGroupKey.of("IG.LB_INFLAMMATION");
  private static final ItemPath CRP = ItemPath.of(INFLAMMATION, "I.LB_CRP");
  private static final ItemPath ESR = ItemPath.of(INFLAMMATION, "I.LB_ESR");

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/monitoring/failed-soft-checks.csv", numLinesToSkip = 1)
  void raisesOneQueryPerValueStoredOrConfirmedWithAFailedSoftCheck(
      String description,
      String crp,
      boolean confirmed,
      String change,
      boolean inConfirmedList,
      boolean alreadyQueried,
      String expected) {
    EnteredValue value = EnteredValue.of(crp);
    FormEvaluation evaluation =
        evaluate(
            FormValues.builder()
                .value(ItemGroupKey.of("IG.LB_SAMPLE"), "I.LB_DATE", EnteredValue.of("2026-02-27"))
                .value(INFLAMMATION, "I.LB_ESR", EnteredValue.of("20"))
                .value(INFLAMMATION, "I.LB_CRP", confirmed ? value.confirmed() : value)
                .build());
    List<ItemChange> changes =
        change.equals("NONE")
            ? List.of(changeOf(ESR, ChangeType.INSERT, "20"))
            : List.of(changeOf(ESR, ChangeType.INSERT, "20"), changeOf(CRP, change, crp));

    List<AutomaticQuery> queries =
        FailedSoftChecks.queriesFor(
            evaluation,
            changes,
            inConfirmedList ? List.of(CRP) : List.of(),
            alreadyQueried ? List.of(CRP) : List.of());

    if (expected == null) {
      assertThat(queries).isEmpty();
    } else {
      assertThat(queries)
          .singleElement()
          .satisfies(
              query -> {
                assertThat(query.item()).isEqualTo(CRP);
                assertThat(query.question()).contains(expected).contains("(value " + crp + ")");
              });
    }
  }

  private static ItemChange changeOf(ItemPath path, String type, String text) {
    return changeOf(path, ChangeType.valueOf(type), text);
  }

  private static ItemChange changeOf(ItemPath path, ChangeType type, String text) {
    Optional<StoredValue> value = Optional.of(new StoredValue(text, Optional.empty()));
    return new ItemChange(
        path,
        type,
        type == ChangeType.INSERT ? Optional.empty() : value,
        type == ChangeType.REMOVE ? Optional.empty() : value,
        type == ChangeType.REMOVE ? ChangeCause.CLEARED : ChangeCause.ENTERED,
        false);
  }

  private static FormEvaluation evaluate(FormValues values) {
    EntryContext child =
        new EntryContext(
            "BER-0001",
            SubjectFacts.of(Sex.F, YearMonth.of(2013, 11), Diagnosis.CD, "TDM"),
            VisitContext.of("SE.WEEK6", LocalDate.of(2026, 3, 2)));
    return FormEvaluator.evaluate(
        TopitDefinition.get(), "F.LAB", values, child, ScoreDerivations.withDefaults());
  }
}
