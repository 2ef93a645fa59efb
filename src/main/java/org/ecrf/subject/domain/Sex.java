package org.ecrf.subject.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Sex as recorded at enrolment, with the codes of CDISC SDTM DM.SEX (codelist C66731).
 *
 * <p>Only {@code M} and {@code F} are accepted. The codelist's {@code U} (unknown) and {@code
 * UNDIFFERENTIATED} are refused with an explanation: the paediatric growth measures the scores use
 * (PCDAI height velocity, weight and BMI z-scores) need sex-specific references, so a child whose
 * sex is unknown cannot be scored. For a child with a difference of sex development the site
 * records the sex of the growth charts used for the child (to be confirmed by the protocol).
 */
public enum Sex {
  M,
  F;

  public static final String FIELD = "sex";

  private static final Set<String> UNSUPPORTED = Set.of("U", "UNKNOWN", "UNDIFFERENTIATED");

  /**
   * Reads {@code M} or {@code F} (any case, spaces ignored).
   *
   * @throws SubjectInputException (field {@code sex}) naming the problem
   */
  public static Sex parse(String text) {
    String code = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    if (UNSUPPORTED.contains(code)) {
      throw new SubjectInputException(
          FIELD,
          "Sex '"
              + text
              + "' cannot be enrolled: the growth-based scores need M or F (the sex used for the"
              + " child's growth charts)");
    }
    try {
      return valueOf(code);
    } catch (IllegalArgumentException e) {
      throw new SubjectInputException(FIELD, "Sex is M or F, not '" + text + "'");
    }
  }
}
