package org.ecrf.scoring.domain;

/**
 * The five ileocolonic segments of the SES-CD (Daperno et al., GIE 2004;60:505-512; spec §2.5), in
 * the order of the form. The sigmoid is usually counted with the left colon (spec §2.5 [U]).
 */
public enum SesCdSegment {
  ILEUM,
  RIGHT,
  TRANSVERSE,
  LEFT,
  RECTUM;

  /** The OID of a variable in this segment, {@code I.SESCD_<SEGMENT>_<VARIABLE>} (issue 6). */
  public String itemOid(SesCdVariable variable) {
    return "I.SESCD_" + name() + "_" + variable.name();
  }

  /** The OID of this segment's "explored" flag, {@code I.SESCD_<SEGMENT>_EXPLORED} (Y/N). */
  public String exploredOid() {
    return "I.SESCD_" + name() + "_EXPLORED";
  }
}
