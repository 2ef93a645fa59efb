package org.ecrf.randomization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RandomizationConfigurationTest {

  private static final RandomizationConfiguration TOPIT =
      RandomizationConfiguration.topit(List.of("POT", "BER"));

  @Test
  void topitDefaultIsOneToOneWithBlocksOfTwoAndFourStratifiedByDiagnosisAndSite() {
    assertThat(TOPIT.armCodes()).containsExactly("TDM", "STANDARD");
    assertThat(TOPIT.ratioSum()).isEqualTo(2);
    assertThat(TOPIT.blockSizes()).containsExactly(2, 4);
    assertThat(TOPIT.factorNames()).containsExactly("DIAGNOSIS", "SITE");
    assertThat(TOPIT.canonicalForm())
        .isEqualTo("arms=TDM:1,STANDARD:1;blockSizes=2,4;factors=DIAGNOSIS(CD,UC),SITE(POT,BER)");
  }

  @Test
  void strataAreTheCrossProductWithTheFirstFactorVaryingSlowest() {
    assertThat(TOPIT.strata())
        .extracting(Stratum::key)
        .containsExactly(
            "DIAGNOSIS=CD;SITE=POT",
            "DIAGNOSIS=CD;SITE=BER",
            "DIAGNOSIS=UC;SITE=POT",
            "DIAGNOSIS=UC;SITE=BER");
  }

  @Test
  void unstratifiedConfigurationHasOneEmptyStratum() {
    RandomizationConfiguration plain =
        new RandomizationConfiguration(List.of(Arm.of("A"), Arm.of("B")), List.of(4), List.of());
    assertThat(plain.strata()).containsExactly(new Stratum(Map.of()));
    assertThat(plain.strata().get(0).key()).isEmpty();
  }

  @Test
  void derivesTheStratumFromDiagnosisAndSite() {
    Stratum stratum = TOPIT.stratumFor("UC", "BER");
    assertThat(stratum.key()).isEqualTo("DIAGNOSIS=UC;SITE=BER");
    assertThat(stratum.level("SITE")).isEqualTo("BER");
    assertThat(TOPIT.contains(stratum)).isTrue();
  }

  @Test
  void ignoresValuesOfFactorsTheConfigurationDoesNotUse() {
    Stratum stratum = TOPIT.stratumOf(Map.of("SEX", "F", "SITE", "POT", "DIAGNOSIS", "CD"));
    assertThat(stratum.key()).isEqualTo("DIAGNOSIS=CD;SITE=POT");
  }

  @ParameterizedTest
  @CsvSource({
    "IBDU, POT, 'IBDU' is not a level of the stratification factor DIAGNOSIS (levels: CD, UC)",
    "CD, HAM, 'HAM' is not a level of the stratification factor SITE (levels: POT, BER)",
    "'', POT, no value for the stratification factor DIAGNOSIS",
  })
  void rejectsASubjectOutsideTheStrata(String diagnosis, String site, String message) {
    assertThatThrownBy(() -> TOPIT.stratumFor(diagnosis, site))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void rejectsABlockSizeThatIsNotAMultipleOfTheRatioSum() {
    assertThatThrownBy(
            () ->
                new RandomizationConfiguration(
                    List.of(new Arm("TDM", 2), Arm.of("STANDARD")), List.of(3, 4, 6), List.of()))
        .isInstanceOf(RandomizationConfigurationException.class)
        .hasMessageContaining(
            "Block size 4 is not a multiple of 3, the sum of the allocation ratio 2:1");
  }

  @Test
  void reportsEveryConfigurationProblemAtOnce() {
    RandomizationConfigurationException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            RandomizationConfigurationException.class,
            () ->
                new RandomizationConfiguration(
                    List.of(Arm.of("TDM"), new Arm("TDM", 0)),
                    List.of(0, 2, 2),
                    List.of(
                        FactorLevels.of("SITE", "POT", "POT"),
                        FactorLevels.of("SITE"),
                        FactorLevels.of("bad name", "X"))));
    assertThat(error.problems())
        .containsExactly(
            "Arm TDM is listed twice",
            "Arm TDM has ratio weight 0; at least 1",
            "Block size 0 is not a positive number",
            "Block size 2 is listed twice",
            "Level POT of SITE is listed twice",
            "Stratification factor SITE is listed twice",
            "Stratification factor SITE has no levels",
            "Stratification factor 'bad name' must be 1 to 64 letters, digits, '_', '.' or '-'");
  }

  @Test
  void rejectsFewerThanTwoArmsAndNoBlockSizes() {
    assertThatThrownBy(
            () -> new RandomizationConfiguration(List.of(Arm.of("TDM")), List.of(), List.of()))
        .isInstanceOf(RandomizationConfigurationException.class)
        .hasMessageContaining("At least two arms are needed, found 1")
        .hasMessageContaining("At least one block size is needed");
  }

  @Test
  void rejectsCodesThatWouldBreakTheCsvOrTheStratumKey() {
    assertThatThrownBy(
            () ->
                new RandomizationConfiguration(
                    List.of(Arm.of("T,DM"), Arm.of("STANDARD")),
                    List.of(2),
                    List.of(FactorLevels.of("SITE", "PO=T"))))
        .isInstanceOf(RandomizationConfigurationException.class)
        .hasMessageContaining("Arm code 'T,DM'")
        .hasMessageContaining("Level of SITE 'PO=T'");
  }

  @Test
  void keepsBlockSizesInAscendingOrderWhateverTheInputOrder() {
    RandomizationConfiguration configuration =
        new RandomizationConfiguration(
            List.of(Arm.of("A"), Arm.of("B")), List.of(6, 2, 4), List.of());
    assertThat(configuration.blockSizes()).containsExactly(2, 4, 6);
  }

  @Test
  void slotsPerBlockFollowTheRatio() {
    RandomizationConfiguration twoToOne =
        new RandomizationConfiguration(
            List.of(new Arm("TDM", 2), Arm.of("STANDARD")), List.of(3, 6), List.of());
    assertThat(twoToOne.slotsPerBlock(twoToOne.arms().get(0), 6)).isEqualTo(4);
    assertThat(twoToOne.slotsPerBlock(twoToOne.arms().get(1), 6)).isEqualTo(2);
  }
}
