package org.ecrf.crf.odm.clinical;

/** The kind of location (ODM 1.3.2 schema, simple type LocationType). */
public enum LocationType {
  SPONSOR("Sponsor"),
  SITE("Site"),
  CRO("CRO"),
  LAB("Lab"),
  OTHER("Other");

  private final String odmName;

  LocationType(String odmName) {
    this.odmName = odmName;
  }

  public String odmName() {
    return odmName;
  }
}
