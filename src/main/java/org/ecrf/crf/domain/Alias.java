package org.ecrf.crf.domain;

/**
 * An ODM {@code Alias}: the name of a definition in another context. Context {@code SDTM} carries
 * the SDTM annotation of an item (e.g. {@code QS.QSTESTCD=PUCAI01}); {@code nci:ExtCodeID} a CDISC
 * controlled-terminology code.
 */
public record Alias(String context, String name) {

  /** The context of SDTM annotations. */
  public static final String SDTM = "SDTM";
}
