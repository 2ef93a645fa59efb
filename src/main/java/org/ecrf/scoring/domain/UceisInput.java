package org.ecrf.scoring.domain;

/**
 * The three UCEIS descriptors at the most severely affected area, on the current 0-based scale
 * (Travis 2012; spec §2.7). The BSG 2019 table labels the anchors 1-based; values are stored
 * 0-based as the spec directs.
 *
 * @param vascularPattern 0 normal, 1 patchy obliteration, 2 complete obliteration
 * @param bleeding 0 none, 1 mucosal, 2 luminal mild, 3 luminal moderate or severe
 * @param erosionsAndUlcers 0 none, 1 erosions, 2 superficial ulcer, 3 deep ulcer
 */
public record UceisInput(int vascularPattern, int bleeding, int erosionsAndUlcers) {

  public UceisInput {
    requireGrade("vascularPattern", vascularPattern, 2);
    requireGrade("bleeding", bleeding, 3);
    requireGrade("erosionsAndUlcers", erosionsAndUlcers, 3);
  }

  private static void requireGrade(String name, int grade, int maximum) {
    if (grade < 0 || grade > maximum) {
      throw new IllegalArgumentException(name + " is graded 0-" + maximum + ", not " + grade);
    }
  }
}
