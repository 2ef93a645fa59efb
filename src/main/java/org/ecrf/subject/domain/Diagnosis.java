package org.ecrf.subject.domain;

import java.util.Locale;
import java.util.Set;

/**
 * The child's inflammatory bowel disease: Crohn's disease or ulcerative colitis. It decides the
 * instruments used (PCDAI/wPCDAI and SES-CD, or PUCAI and Mayo/UCEIS; ibd-trial-spec.md §2) and is
 * a stratification factor of the randomisation.
 *
 * <p>IBD unclassified (IBD-U) is refused at enrolment: TOPIT's registry title names Crohn's disease
 * only (NCT02522169, ibd-trial-spec.md §1.1), the strata are CD and UC, and neither score set
 * applies to it. A child with IBD-U is not registered, so does not appear among screening failures;
 * should the protocol want IBD-U children in the screening log, this enum gains a non-randomisable
 * value.
 */
public enum Diagnosis {
  /** Crohn's disease. */
  CD,
  /** Ulcerative colitis. */
  UC;

  public static final String FIELD = "diagnosis";

  private static final Set<String> UNCLASSIFIED = Set.of("IBD-U", "IBDU", "IBD_U", "IC");

  /**
   * Reads {@code CD} or {@code UC} (any case, spaces ignored).
   *
   * @throws SubjectInputException (field {@code diagnosis}) naming the problem
   */
  public static Diagnosis parse(String text) {
    String code = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    if (UNCLASSIFIED.contains(code)) {
      throw new SubjectInputException(
          FIELD,
          "IBD unclassified cannot be enrolled: TOPIT randomises children with CD or UC only");
    }
    try {
      return valueOf(code);
    } catch (IllegalArgumentException e) {
      throw new SubjectInputException(FIELD, "The diagnosis is CD or UC, not '" + text + "'");
    }
  }
}
