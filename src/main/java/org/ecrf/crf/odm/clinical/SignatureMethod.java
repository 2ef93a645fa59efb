package org.ecrf.crf.odm.clinical;

/** How a signature is made (ODM 1.3.2 schema, simple type SignMethod). */
public enum SignatureMethod {
  DIGITAL("Digital"),
  ELECTRONIC("Electronic");

  private final String odmName;

  SignatureMethod(String odmName) {
    this.odmName = odmName;
  }

  public String odmName() {
    return odmName;
  }
}
