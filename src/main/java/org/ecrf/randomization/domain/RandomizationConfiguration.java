package org.ecrf.randomization.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How subjects are randomised: the arms with their allocation ratio, the block sizes drawn at
 * random for each block, and the stratification factors whose cross product gives the strata.
 *
 * <p>Defaults for TOPIT ({@link #topit}): 1:1 to {@code TDM} and {@code STANDARD}, block sizes 2
 * and 4, strata diagnosis (CD, UC) by site, as issue 5 asks. The TOPIT registry record
 * (NCT02522169) gives no ratio, block sizes or strata; comparable trials stratified by centre
 * (TISKids, NCT02517684) or used blocks of 4 (NCT03209232), see ibd-trial-spec.md §1.3.
 *
 * <p>Every block size must be a multiple of the ratio's sum, so that every block is balanced; the
 * constructor rejects a configuration that breaks any rule and names every problem.
 *
 * @param arms the arms in a fixed order (the ratio follows it), at least two
 * @param blockSizes the block sizes to choose from, each a positive multiple of the ratio's sum;
 *     kept in ascending order
 * @param factors the stratification factors in a fixed order; empty for an unstratified study
 */
public record RandomizationConfiguration(
    List<Arm> arms, List<Integer> blockSizes, List<FactorLevels> factors) {

  public static final String DIAGNOSIS = "DIAGNOSIS";
  public static final String SITE = "SITE";
  public static final String ARM_TDM = "TDM";
  public static final String ARM_STANDARD = "STANDARD";
  public static final List<String> DIAGNOSIS_LEVELS = List.of("CD", "UC");
  public static final List<Integer> DEFAULT_BLOCK_SIZES = List.of(2, 4);

  /** Codes of arms, factors and levels: they appear in CSV cells and stratum keys. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  public RandomizationConfiguration {
    arms = List.copyOf(arms);
    factors = List.copyOf(factors);
    List<String> problems = new ArrayList<>();
    checkArms(arms, problems);
    checkBlockSizes(blockSizes, arms, problems);
    checkFactors(factors, problems);
    if (!problems.isEmpty()) {
      throw new RandomizationConfigurationException(problems);
    }
    blockSizes = blockSizes.stream().sorted().toList();
  }

  /** The TOPIT default: TDM:STANDARD 1:1, blocks of 2 or 4, strata diagnosis x site. */
  public static RandomizationConfiguration topit(Collection<String> siteCodes) {
    return new RandomizationConfiguration(
        List.of(Arm.of(ARM_TDM), Arm.of(ARM_STANDARD)),
        DEFAULT_BLOCK_SIZES,
        List.of(
            new FactorLevels(DIAGNOSIS, DIAGNOSIS_LEVELS),
            new FactorLevels(SITE, List.copyOf(siteCodes))));
  }

  /** The sum of the arms' weights: the smallest balanced block. */
  public int ratioSum() {
    return arms.stream().mapToInt(Arm::weight).sum();
  }

  /** How many slots of a block of this size go to the arm (block size / ratio sum x weight). */
  public int slotsPerBlock(Arm arm, int blockSize) {
    return blockSize / ratioSum() * arm.weight();
  }

  public Optional<Arm> arm(String code) {
    return arms.stream().filter(arm -> arm.code().equals(code)).findFirst();
  }

  public List<String> armCodes() {
    return arms.stream().map(Arm::code).toList();
  }

  public List<String> factorNames() {
    return factors.stream().map(FactorLevels::factor).toList();
  }

  /** All strata: the cross product of the factors' levels, the first factor varying slowest. */
  public List<Stratum> strata() {
    List<Map<String, String>> partial = List.of(Map.of());
    for (FactorLevels factor : factors) {
      List<Map<String, String>> extended = new ArrayList<>();
      for (Map<String, String> prefix : partial) {
        for (String level : factor.levels()) {
          Map<String, String> next = new LinkedHashMap<>(prefix);
          next.put(factor.factor(), level);
          extended.add(next);
        }
      }
      partial = extended;
    }
    return partial.stream().map(Stratum::new).toList();
  }

  /**
   * The stratum of a subject from its value for each factor; values of other factors are ignored.
   *
   * @throws IllegalArgumentException naming the factor whose value is missing or not a level
   */
  public Stratum stratumOf(Map<String, String> valuesByFactor) {
    Map<String, String> levels = new LinkedHashMap<>();
    for (FactorLevels factor : factors) {
      String value = valuesByFactor.get(factor.factor());
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(
            "The subject has no value for the stratification factor " + factor.factor());
      }
      if (!factor.levels().contains(value)) {
        throw new IllegalArgumentException(
            "'"
                + value
                + "' is not a level of the stratification factor "
                + factor.factor()
                + " (levels: "
                + String.join(", ", factor.levels())
                + ")");
      }
      levels.put(factor.factor(), value);
    }
    return new Stratum(levels);
  }

  /** The stratum of a subject with this diagnosis (CD, UC) at this site, for DIAGNOSIS x SITE. */
  public Stratum stratumFor(String diagnosis, String siteCode) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(DIAGNOSIS, diagnosis);
    values.put(SITE, siteCode);
    return stratumOf(values);
  }

  /** True when the stratum is one of {@link #strata()}. */
  public boolean contains(Stratum stratum) {
    return stratum.levels().keySet().equals(Set.copyOf(factorNames()))
        && factors.stream()
            .allMatch(factor -> factor.levels().contains(stratum.level(factor.factor())));
  }

  /**
   * A one-line canonical text of the configuration, part of a list's fingerprint: for example
   * {@code arms=TDM:1,STANDARD:1;blockSizes=2,4;factors=DIAGNOSIS(CD,UC),SITE(BER,POT)}.
   */
  public String canonicalForm() {
    return "arms="
        + arms.stream().map(arm -> arm.code() + ":" + arm.weight()).collect(Collectors.joining(","))
        + ";blockSizes="
        + blockSizes.stream().map(String::valueOf).collect(Collectors.joining(","))
        + ";factors="
        + factors.stream()
            .map(factor -> factor.factor() + "(" + String.join(",", factor.levels()) + ")")
            .collect(Collectors.joining(","));
  }

  private static void checkArms(List<Arm> arms, List<String> problems) {
    if (arms.size() < 2) {
      problems.add("At least two arms are needed, found " + arms.size());
    }
    Set<String> seen = new HashSet<>();
    for (Arm arm : arms) {
      checkCode("Arm code", arm.code(), problems);
      if (!seen.add(arm.code())) {
        problems.add("Arm " + arm.code() + " is listed twice");
      }
      if (arm.weight() < 1) {
        problems.add("Arm " + arm.code() + " has ratio weight " + arm.weight() + "; at least 1");
      }
    }
  }

  private static void checkBlockSizes(List<Integer> sizes, List<Arm> arms, List<String> problems) {
    int ratioSum = arms.stream().mapToInt(arm -> Math.max(arm.weight(), 0)).sum();
    String ratio = arms.stream().map(arm -> "" + arm.weight()).collect(Collectors.joining(":"));
    if (sizes.isEmpty()) {
      problems.add("At least one block size is needed");
    }
    Set<Integer> seen = new HashSet<>();
    for (Integer size : sizes) {
      if (size == null || size < 1) {
        problems.add("Block size " + size + " is not a positive number");
      } else if (!seen.add(size)) {
        problems.add("Block size " + size + " is listed twice");
      } else if (ratioSum > 0 && size % ratioSum != 0) {
        problems.add(
            "Block size "
                + size
                + " is not a multiple of "
                + ratioSum
                + ", the sum of the allocation ratio "
                + ratio
                + ", so its blocks could not be balanced");
      }
    }
  }

  private static void checkFactors(List<FactorLevels> factors, List<String> problems) {
    Set<String> seen = new HashSet<>();
    for (FactorLevels factor : factors) {
      checkCode("Stratification factor", factor.factor(), problems);
      if (!seen.add(factor.factor())) {
        problems.add("Stratification factor " + factor.factor() + " is listed twice");
      }
      if (factor.levels().isEmpty()) {
        problems.add("Stratification factor " + factor.factor() + " has no levels");
      }
      Set<String> levels = new HashSet<>();
      for (String level : factor.levels()) {
        checkCode("Level of " + factor.factor(), level, problems);
        if (!levels.add(level)) {
          problems.add("Level " + level + " of " + factor.factor() + " is listed twice");
        }
      }
    }
  }

  private static void checkCode(String what, String code, List<String> problems) {
    if (code == null || !CODE.matcher(code).matches()) {
      problems.add(what + " '" + code + "' must be 1 to 64 letters, digits, '_', '.' or '-'");
    }
  }
}
