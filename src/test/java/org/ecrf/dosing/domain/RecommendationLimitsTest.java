package org.ecrf.dosing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the maintenance situation, the recommendation stays within the rule set's limits. */
class RecommendationLimitsTest {

  private static final List<String> DOSES = List.of("2.5", "5", "7.5", "10", "12.5");
  private static final List<String> LEVELS =
      List.of("", "BLQ<0.4", "0", "1.2", "4.99", "5", "7", "10", "10.01", "30");

  @Test
  void keepsDoseAndIntervalWithinTheLimitsExceptTheReinductionInterval() {
    DosingRuleSet topit = DosingRuleSets.topitDefaults();
    DosingAdvisor advisor = DosingAdvisor.withDefaults(topit);
    DosingLimits limits = topit.limits();
    Random random = new Random(20240614L);

    for (int i = 0; i < 2000; i++) {
      Regimen current = Regimen.of(DOSES.get(random.nextInt(DOSES.size())), 2 + random.nextInt(10));
      String level = LEVELS.get(random.nextInt(LEVELS.size()));
      AntibodyStatus antibodies = AntibodyStatus.values()[random.nextInt(3)];
      int week = 14 + 2 * random.nextInt(20);
      DosingAdvice advice =
          advisor.advise(Situations.guided("SE.WEEK" + week, week, level, antibodies, current));

      Regimen recommended = advice.recommendation().regimen();
      assertThat(limits.allowsDose(recommended.doseMgPerKg()))
          .as("dose of %s for %s", advice, current)
          .isTrue();
      if (advice.hasFlag(AdviceFlag.REINDUCTION)) {
        assertThat(recommended.intervalWeeks()).isEqualTo(2);
      } else {
        assertThat(limits.allowsInterval(recommended.intervalWeeks()))
            .as("interval of %s for %s", advice, current)
            .isTrue();
      }
      assertThat(advice.recommendation().doseMg())
          .isEqualByComparingTo(recommended.doseMgPerKg().multiply(BigDecimal.valueOf(30)));
    }
  }
}
