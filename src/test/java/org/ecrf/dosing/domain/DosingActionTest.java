package org.ecrf.dosing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DosingActionTest {

  @ParameterizedTest(name = "{0} on {7} mg/kg every {8} weeks: {9} mg/kg every {10} weeks {11}")
  @CsvFileSource(resources = "/dosing/action-outcomes.csv", numLinesToSkip = 1)
  void recommendsWithinTheLimitsAsDocumented(
      DosingAction action,
      String ruleDose,
      int minInterval,
      int maxInterval,
      int step,
      String minDose,
      String maxDose,
      String currentDose,
      int currentInterval,
      String dose,
      int interval,
      String flags) {
    DosingRule rule =
        new DosingRule(
            "DR.UNDER_TEST",
            DosingCondition.BELOW_TARGET,
            action,
            Optional.ofNullable(ruleDose).map(BigDecimal::new),
            "source",
            "rationale");
    DosingLimits limits =
        new DosingLimits(
            minInterval, maxInterval, step, new BigDecimal(minDose), new BigDecimal(maxDose));

    ActionOutcome outcome =
        action.apply(new ActionContext(rule, Regimen.of(currentDose, currentInterval), limits, 2));

    assertThat(outcome.regimen()).isEqualTo(Regimen.of(dose, interval));
    assertThat(outcome.flags()).isEqualTo(flags(flags));
  }

  @Test
  void saysWhenTheIntervalIsAlreadyTheMinimum() {
    ActionOutcome outcome =
        DosingAction.SHORTEN_INTERVAL.apply(
            new ActionContext(
                DosingRuleSets.topitDefaults().rule("DR.SHORTEN").orElseThrow(),
                Regimen.of("5", 4),
                DosingRuleSets.topitDefaults().limits(),
                2));

    assertThat(outcome.text())
        .isEqualTo(
            "The interval is already the minimum of 4 weeks: continue 5 mg/kg every 4 weeks.");
  }

  @Test
  void saysWhenDeescalationHasReachedTheStandardRegimen() {
    ActionOutcome outcome =
        DosingAction.DEESCALATE.apply(
            new ActionContext(
                DosingRuleSets.topitDefaults().rule("DR.DEESCALATE").orElseThrow(),
                Regimen.of("5", 8),
                DosingRuleSets.topitDefaults().limits(),
                2));

    assertThat(outcome.text())
        .isEqualTo(
            "Already at the lowest dose and longest interval of this rule set: continue 5 mg/kg"
                + " every 8 weeks.");
  }

  private static Set<AdviceFlag> flags(String text) {
    Set<AdviceFlag> flags = EnumSet.noneOf(AdviceFlag.class);
    if (text != null) {
      Arrays.stream(text.trim().split("\\s+")).map(AdviceFlag::valueOf).forEach(flags::add);
    }
    return Set.copyOf(flags);
  }
}
