package org.ecrf.crf.odm.clinical;

/** The kind of user (ODM 1.3.2 schema, simple type UserType). */
public enum UserType {
  SPONSOR("Sponsor"),
  INVESTIGATOR("Investigator"),
  LAB("Lab"),
  OTHER("Other");

  private final String odmName;

  UserType(String odmName) {
    this.odmName = odmName;
  }

  public String odmName() {
    return odmName;
  }
}
