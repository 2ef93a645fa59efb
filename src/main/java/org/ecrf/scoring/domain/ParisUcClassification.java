package org.ecrf.scoring.domain;

import java.util.Objects;

/**
 * The Paris classification of a child's ulcerative colitis (Levine et al., Inflamm Bowel Dis 2011;
 * spec §2.8): maximal macroscopic extent and whether the colitis was ever severe, with the code
 * string such as {@code "E4 S1"}.
 *
 * @param extent E1-E4
 * @param severity S0 or S1
 */
public record ParisUcClassification(Extent extent, Severity severity) {

  /** Maximal macroscopic extent. */
  public enum Extent {
    /** Ulcerative proctitis. */
    E1,
    /** Left-sided, distal to the splenic flexure. */
    E2,
    /** Extensive: hepatic flexure distally. */
    E3,
    /** Pancolitis: proximal to the hepatic flexure. */
    E4
  }

  /** Severity over the course of the disease. */
  public enum Severity {
    /** Never severe. */
    S0,
    /** Ever severe, defined as a PUCAI &ge;65 (radiopaedia writes "&gt;65" [D]). */
    S1
  }

  public ParisUcClassification {
    Objects.requireNonNull(extent, "extent");
    Objects.requireNonNull(severity, "severity");
  }

  /** The standard code string, for example {@code "E2 S0"}. */
  public String code() {
    return extent.name() + " " + severity.name();
  }
}
