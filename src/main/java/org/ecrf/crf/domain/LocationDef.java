package org.ecrf.crf.domain;

/**
 * A location of the study from ODM {@code AdminData/Location}: for TOPIT the sites Berlin and
 * Potsdam.
 *
 * @param oid the Location OID, e.g. {@code LOC.BER}
 * @param name the location's name, e.g. Berlin
 * @param type the ODM LocationType (Sponsor, Site, CRO, Lab, Other); empty text when not given
 */
public record LocationDef(String oid, String name, String type) {

  private static final String PREFIX = "LOC.";

  /** The site code: the OID without its {@code LOC.} prefix (BER for {@code LOC.BER}). */
  public String code() {
    return oid.startsWith(PREFIX) ? oid.substring(PREFIX.length()) : oid;
  }

  /** True for a study site (LocationType Site, or no type given). */
  public boolean isSite() {
    return type.isEmpty() || "Site".equals(type);
  }
}
