package org.ecrf.dosing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Standard-arm advice must not reveal whether a level exists or what it says (issue 6). */
class StandardArmBlindingTest {

  private static final List<TroughResult> TROUGHS =
      List.of(
          TroughResult.notAvailable(),
          TroughResult.measured("0"),
          TroughResult.measured("2.1"),
          TroughResult.measured("5"),
          TroughResult.measured("7.3"),
          TroughResult.measured("10"),
          TroughResult.measured("48"),
          TroughResult.belowLloq(new BigDecimal("0.4")),
          TroughResult.belowLloq(new BigDecimal("1")));

  private static final List<Optional<Regimen>> CURRENT =
      List.of(Optional.empty(), Optional.of(Regimen.of("5", 8)), Optional.of(Regimen.of("10", 4)));

  private final DosingAdvisor advisor = DosingAdvisor.withDefaults(DosingRuleSets.topitDefaults());

  @ParameterizedTest(name = "{0} (week {1})")
  @CsvSource({
    "SE.WEEK0, 0, 2",
    "SE.WEEK2, 2, 4",
    "SE.WEEK6, 6, 8",
    "SE.WEEK14, 14, 8",
    "SE.WEEK22, 22, 8",
    "SE.WEEK54, 54, 8"
  })
  void givesTheSameStandardAdviceWhateverTheLevelSays(String oid, int week, int interval) {
    InfusionVisit visit = new InfusionVisit(oid, week);
    BigDecimal weight = new BigDecimal("31.5");
    List<DosingAdvice> advices = new ArrayList<>();
    for (TroughResult trough : TROUGHS) {
      for (AntibodyStatus antibodies : AntibodyStatus.values()) {
        for (Optional<Regimen> current : CURRENT) {
          advices.add(
              advisor.advise(
                  new DosingSituation(
                      visit, TreatmentArm.STANDARD, trough, antibodies, current, weight)));
        }
      }
    }

    DosingAdvice blind = advisor.advise(DosingSituation.standard(visit, weight));
    assertThat(advices).hasSize(TROUGHS.size() * 3 * CURRENT.size()).containsOnly(blind);
    assertThat(blind.status()).isEqualTo(AdviceStatus.STANDARD_ARM);
    assertThat(blind.recommendation().regimen()).isEqualTo(Regimen.of("5", interval));
    assertThat(blind.recommendation().doseMg()).isEqualTo(new BigDecimal("158"));
    assertThat(blind.firedRule()).isEmpty();
    assertThat(blind.flags()).isEmpty();
    assertThat(blind.explanation())
        .isEqualTo(
            "Standard arm: standard regimen of 5 mg/kg at weeks 0, 2, 6, then every 8 weeks.");
  }
}
